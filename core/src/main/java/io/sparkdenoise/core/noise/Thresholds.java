/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;

/**
 * Bitonal thresholding of {@link ScanNoise}: every sample becomes 0 (black) or 1 (white), each
 * channel on its own. Stateless.
 */
final class Thresholds {
  private Thresholds() {}

  /** Black where a sample is below {@code cutoff}, white elsewhere. */
  static Image global(Image page, double cutoff) {
    float[] in = page.samples();
    float[] out = new float[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = in[i] < cutoff ? 0f : 1f;
    }
    return page.withSamples(out);
  }

  /**
   * Black where a sample is below {@code (1 - bias)} times the mean of the {@code window} x {@code
   * window} square around it (clipped at the page's edges), white elsewhere: Bradley and Roth's
   * adaptive threshold, which follows uneven illumination and stains. Uses a summed-area table, so
   * the cost does not depend on the window.
   */
  static Image adaptive(Image page, int window, double bias) {
    int h = page.height();
    int w = page.width();
    int c = page.channels();
    float[] in = page.samples();
    float[] out = new float[in.length];
    int half = window / 2;
    for (int k = 0; k < c; k++) {
      double[] sums = summedArea(in, h, w, c, k);
      for (int y = 0; y < h; y++) {
        int ya = Math.max(0, y - half);
        int yb = Math.min(h, y + half + 1);
        for (int x = 0; x < w; x++) {
          int xa = Math.max(0, x - half);
          int xb = Math.min(w, x + half + 1);
          double sum =
              sums[yb * (w + 1) + xb]
                  - sums[ya * (w + 1) + xb]
                  - sums[yb * (w + 1) + xa]
                  + sums[ya * (w + 1) + xa];
          double mean = sum / ((yb - ya) * (xb - xa));
          int i = (y * w + x) * c + k;
          out[i] = in[i] < mean * (1 - bias) ? 0f : 1f;
        }
      }
    }
    return page.withSamples(out);
  }

  /** S[y][x] = sum of channel k over rows < y and columns < x, as (h + 1) x (w + 1). */
  private static double[] summedArea(float[] in, int h, int w, int c, int k) {
    double[] s = new double[(h + 1) * (w + 1)];
    for (int y = 0; y < h; y++) {
      double row = 0;
      for (int x = 0; x < w; x++) {
        row += in[(y * w + x) * c + k];
        s[(y + 1) * (w + 1) + x + 1] = s[y * (w + 1) + x + 1] + row;
      }
    }
    return s;
  }
}
