/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;

/**
 * Receives a denoised page band by band, top to bottom, each row exactly once: the rows of {@code
 * band} are page rows {@code [from, from + band.height())}. Not thread-safe unless an
 * implementation says so.
 */
@FunctionalInterface
public interface RowSink {
  /** Takes the next band; {@code from} is the page row of its first row. */
  void write(int from, Image band);

  /** A sink that passes every band to this one and then to {@code next}. */
  default RowSink andThen(RowSink next) {
    return (from, band) -> {
      write(from, band);
      next.write(from, band);
    };
  }
}
