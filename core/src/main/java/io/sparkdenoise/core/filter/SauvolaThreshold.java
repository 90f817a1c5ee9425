/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.Denoiser;

/**
 * Sauvola's binarisation, named {@code sauvola}: a sample becomes white (1) where it is above the
 * threshold {@code m (1 + k (s / r - 1))} of its {@code window x window} neighbourhood (m its mean,
 * s its standard deviation, k 0.2, r 1), else black (0). The classical clean-up for OCR of pages
 * with uneven backgrounds: dark strokes stay black, paper of any tone turns white. As
 * scikit-image's {@code threshold_sauvola(x, window_size=25)} on float images (r, half the float
 * range [-1, 1]; the page extended by reflection without repeating its edge, numpy's {@code
 * 'reflect'}), on each channel separately. Local sums come from integral images in double, so a
 * page costs a few operations per pixel. Thread-safe.
 */
public final class SauvolaThreshold implements Denoiser {
  /** The method name in metrics tables. */
  public static final String NAME = "sauvola";

  /** Side of the neighbourhood in pixels, as the baseline and documents.py use. */
  public static final int WINDOW = 25;

  /** Sauvola's k. */
  public static final double K = 0.2;

  /** The dynamic range of the standard deviation, r: half of [-1, 1]. */
  public static final double R = 1.0;

  private static final int RADIUS = WINDOW / 2;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Image denoise(Image noisy) {
    return PerChannel.apply(
        noisy,
        (plane, h, w) -> {
          double[] threshold = threshold(plane, h, w);
          double[] out = new double[plane.length];
          for (int i = 0; i < out.length; i++) {
            out[i] = plane[i] > threshold[i] ? 1 : 0;
          }
          return out;
        });
  }

  /** The threshold of every sample of a {@code height x width} plane. */
  static double[] threshold(double[] plane, int height, int width) {
    int h = height + 2 * RADIUS;
    int w = width + 2 * RADIUS;
    // integral images of the extended plane, one row and column of zeros in front
    double[] sum = new double[(h + 1) * (w + 1)];
    double[] squares = new double[(h + 1) * (w + 1)];
    for (int y = 0; y < h; y++) {
      int row = Boundary.mirror(y - RADIUS, height) * width;
      double rowSum = 0;
      double rowSquares = 0;
      for (int x = 0; x < w; x++) {
        double v = plane[row + Boundary.mirror(x - RADIUS, width)];
        rowSum += v;
        rowSquares += v * v;
        int i = (y + 1) * (w + 1) + x + 1;
        sum[i] = sum[i - (w + 1)] + rowSum;
        squares[i] = squares[i - (w + 1)] + rowSquares;
      }
    }
    double area = WINDOW * WINDOW;
    double[] out = new double[plane.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double mean = box(sum, w + 1, y, x) / area;
        double variance = box(squares, w + 1, y, x) / area - mean * mean;
        double deviation = Math.sqrt(Math.max(0, variance));
        out[y * width + x] = mean * (1 + K * (deviation / R - 1));
      }
    }
    return out;
  }

  /** The sum over the window whose top-left corner is (y, x) in the extended plane. */
  private static double box(double[] integral, int stride, int y, int x) {
    int top = y * stride;
    int bottom = (y + WINDOW) * stride;
    return integral[bottom + x + WINDOW]
        - integral[top + x + WINDOW]
        - integral[bottom + x]
        + integral[top + x];
  }

  @Override
  public String toString() {
    return NAME;
  }
}
