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

  /** Mean squared error, in squared sample units. */
  public static double mse(Image reference, Image test) {
    requireSameShape(reference, test);
    float[] a = reference.samples();
    float[] b = test.samples();
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int n = a.length;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      double d0 = (double) a[i] - b[i];
      double d1 = (double) a[i + 1] - b[i + 1];
      double d2 = (double) a[i + 2] - b[i + 2];
      double d3 = (double) a[i + 3] - b[i + 3];
      s0 += d0 * d0;
      s1 += d1 * d1;
      s2 += d2 * d2;
      s3 += d3 * d3;
    }
    for (; i < n; i++) {
      double d = (double) a[i] - b[i];
      s0 += d * d;
    }
    return (s0 + s1 + s2 + s3) / n;
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
