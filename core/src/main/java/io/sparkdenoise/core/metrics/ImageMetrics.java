/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.metrics;

import io.sparkdenoise.core.image.Image;

/**
 * Full-reference pixel-error metrics of a test image against its reference, over all samples of all
 * channels, accumulated in double. Both images must have the same shape; samples are in [0, 1].
 * Results agree with scikit-image's {@code mean_squared_error} and {@code peak_signal_noise_ratio}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ImageMetrics {
  private ImageMetrics() {}

  /**
   * Samples per block of the squared-error sum: lane j of the accumulator collects samples j, j +
   * LANES, ... so that the additions run as independent (vectorisable) double lanes.
   */
  private static final int LANES = 64;

  /** Mean squared error, in squared sample units. */
  public static double mse(Image reference, Image test) {
    requireSameShape(reference, test);
    float[] a = reference.samples();
    float[] b = test.samples();
    int n = a.length;
    double[] lanes = new double[LANES];
    int i = 0;
    for (; i + LANES <= n; i += LANES) {
      for (int j = 0; j < LANES; j++) {
        double d = (double) a[i + j] - b[i + j];
        lanes[j] += d * d;
      }
    }
    double sum = 0;
    for (; i < n; i++) {
      double d = (double) a[i] - b[i];
      sum += d * d;
    }
    for (double lane : lanes) {
      sum += lane;
    }
    return sum / n;
  }

  /** Root mean squared error, in sample units. */
  public static double rmse(Image reference, Image test) {
    return Math.sqrt(mse(reference, test));
  }

  /** Mean absolute error, in sample units. */
  public static double mae(Image reference, Image test) {
    requireSameShape(reference, test);
    float[] a = reference.samples();
    float[] b = test.samples();
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs((double) a[i] - b[i]);
    }
    return sum / a.length;
  }

  /**
   * Peak signal-to-noise ratio in dB, {@code 10 log10(dataRange^2 / mse)}; {@code +Infinity} for
   * identical images.
   *
   * @param dataRange the distance between the smallest and largest possible sample, 1.0 for images
   *     in [0, 1]; finite and positive
   */
  public static double psnr(Image reference, Image test, double dataRange) {
    if (!(dataRange > 0) || Double.isInfinite(dataRange)) {
      throw new IllegalArgumentException("dataRange must be finite and positive, got " + dataRange);
    }
    double mse = mse(reference, test);
    if (mse == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return 10 * Math.log10(dataRange * dataRange / mse);
  }

  /** Throws IllegalArgumentException naming both shapes unless the images have the same shape. */
  static void requireSameShape(Image reference, Image test) {
    if (!reference.sameShape(test)) {
      throw new IllegalArgumentException(
          "images differ in shape: reference " + shape(reference) + ", test " + shape(test));
    }
  }

  private static String shape(Image image) {
    return image.height() + "x" + image.width() + "x" + image.channels();
  }
}
