/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import java.util.ArrayList;
import java.util.List;

/**
 * One training example: a noisy image and the clean image the network should give back for it, of
 * one shape, gray or RGB. Immutable.
 *
 * @param noisy the network input
 * @param clean the target
 */
public record ImagePair(Image noisy, Image clean) {
  /** Checks both images are of one shape, gray or RGB. */
  public ImagePair {
    if (!noisy.sameShape(clean)
        || (noisy.channels() != Image.GRAY && noisy.channels() != Image.RGB)) {
      throw new IllegalArgumentException(
          "a training pair needs two gray or two RGB images of one shape, got "
              + noisy
              + " and "
              + clean);
    }
  }

  /**
   * The pairs a network of {@code channels} channels trains on: for a gray network, one gray pair
   * per channel of this one; for an RGB network, this pair, its images repeated to three channels
   * when they are gray.
   */
  public List<ImagePair> forNetwork(int channels) {
    if (channels == noisy.channels()) {
      return List.of(this);
    }
    if (channels == Image.RGB) {
      return List.of(new ImagePair(noisy.toRgb(), clean.toRgb()));
    }
    List<ImagePair> planes = new ArrayList<>(noisy.channels());
    for (int c = 0; c < noisy.channels(); c++) {
      planes.add(new ImagePair(noisy.channel(c), clean.channel(c)));
    }
    return planes;
  }
}
