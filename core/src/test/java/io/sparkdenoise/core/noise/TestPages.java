/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;
import java.util.Arrays;

/** Square gray test pages for the scanner models, named {@code page}. */
final class TestPages {
  private TestPages() {}

  /** Every sample {@code value}. */
  static Image flat(int size, float value) {
    float[] samples = new float[size * size];
    Arrays.fill(samples, value);
    return Image.of("page", size, size, Image.GRAY, samples);
  }

  /**
   * Dark strokes (20/255) on light paper (240/255), multiples of 1/255 like a real 8-bit scan: one
   * band of 4 rows in every {@code bands}, 12 columns in every 16 inked.
   */
  static Image strokes(int size, int bands) {
    float[] samples = new float[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        samples[y * size + x] = (y / 4) % bands == 0 && x % 16 < 12 ? 20 / 255f : 240 / 255f;
      }
    }
    return Image.of("page", size, size, Image.GRAY, samples);
  }
}
