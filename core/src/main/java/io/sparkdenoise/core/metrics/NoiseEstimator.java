/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.metrics;

import io.sparkdenoise.core.image.Image;
import java.util.Arrays;

/**
 * Reference-free estimate of the standard deviation of additive Gaussian noise in an image, by
 * Donoho and Johnstone's robust median of the finest diagonal wavelet coefficients: exactly
 * skimage.restoration.estimate_sigma 0.19.3 ({@code average_sigmas=True} for colour images).
 *
 * <p>One level of the 2-D Daubechies-2 transform with PyWavelets' default boundary mode {@code
 * 'symmetric'} gives {@code floor((h + 3) / 2) x floor((w + 3) / 2)} diagonal detail coefficients;
 * the estimate is the median of their non-zero magnitudes divided by the 0.75 quantile of the
 * standard normal. Stateless and thread-safe.
 */
public final class NoiseEstimator {
  /** scipy.stats.norm.ppf(0.75): the median of |N(0, 1)|. */
  static final double NORMAL_QUARTILE = 0.6744897501960817;

  private static final double SQRT3 = Math.sqrt(3);
  private static final double DB2_NORM = 4 * Math.sqrt(2);

  /**
   * The db2 decomposition high-pass filter in PyWavelets' order: (-(1 + √3), 3 + √3, -(3 - √3), 1 -
   * √3) / (4√2).
   */
  private static final double[] DB2_HIGH_PASS = {
    -(1 + SQRT3) / DB2_NORM, (3 + SQRT3) / DB2_NORM, -(3 - SQRT3) / DB2_NORM, (1 - SQRT3) / DB2_NORM
  };

  private NoiseEstimator() {}

  /**
   * The estimated noise sigma in sample units ([0, 1] images give sigma on that scale); for colour
   * images the mean of the per-channel estimates. A channel whose diagonal coefficients are all
   * zero (e.g. a constant image) has no noise to measure and contributes 0, where scikit-image
   * would return NaN. {@link StreamingSigma} computes the same estimate band by band.
   */
  public static double estimateSigma(Image image) {
    return new StreamingSigma(image.height(), image.width(), image.channels())
        .add(image)
        .estimate();
  }

  /** Coefficients along an axis of {@code n} samples: pywt's {@code floor((n + 3) / 2)}. */
  static int detailLength(int n) {
    return (n + DB2_HIGH_PASS.length - 1) / 2;
  }

  /** The db2 high-pass filter; callers must not modify it. */
  static double[] highPass() {
    return DB2_HIGH_PASS;
  }

  /** The median of the first {@code n} magnitudes (sorted in place) over the normal quartile. */
  static double medianOverQuartile(double[] magnitudes, int n) {
    if (n == 0) {
      return 0;
    }
    Arrays.sort(magnitudes, 0, n);
    double median =
        n % 2 == 1 ? magnitudes[n / 2] : (magnitudes[n / 2 - 1] + magnitudes[n / 2]) / 2;
    return median / NORMAL_QUARTILE;
  }
}
