/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;

/**
 * One training example: a noisy image and the clean image the network should give back for it, same
 * shape, gray. Immutable.
 *
 * @param noisy the network input
 * @param clean the target
 */
public record ImagePair(Image noisy, Image clean) {
  /** Checks both images are gray and of one shape. */
  public ImagePair {
    if (noisy.channels() != Image.GRAY || !noisy.sameShape(clean)) {
      throw new IllegalArgumentException(
          "a training pair needs two gray images of one shape, got " + noisy + " and " + clean);
    }
  }
}
