/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import java.util.List;

/**
 * Image in, image out: the seam that lets scoring treat the trained model, every classical filter
 * and the identity ("noisy input") alike, so that a new method is one class.
 *
 * <p>The output has the input's shape and id, with samples in [0, 1]. Implementations are
 * thread-safe unless their Javadoc says otherwise.
 */
public interface Denoiser {
  /**
   * A short, stable name for the {@code method} column of the metrics table, e.g. {@code
   * gaussian_s1}; lower-case letters, digits and underscores.
   */
  String name();

  /** The denoised image, same shape and id as {@code noisy}. */
  Image denoise(Image noisy);

  /**
   * The denoised images in order, each as {@link #denoise} makes it. Implementations that gain from
   * batches (a network's forward pass) override this; the default denoises one image at a time.
   */
  default List<Image> denoiseAll(List<Image> noisy) {
    return noisy.stream().map(this::denoise).toList();
  }
}
