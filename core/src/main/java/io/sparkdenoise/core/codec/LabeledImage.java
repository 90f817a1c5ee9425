/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;
import java.util.Objects;

/**
 * An image from a labelled dataset with its class label.
 *
 * @param image the image, samples in [0, 1]
 * @param label the class, e.g. 0..9 for CIFAR-10
 */
public record LabeledImage(Image image, int label) {
  /** Checks the image is present and the label non-negative. */
  public LabeledImage {
    Objects.requireNonNull(image, "image");
    if (label < 0) {
      throw new IllegalArgumentException("label must be >= 0, got " + label);
    }
  }
}
