/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.metrics;

import io.sparkdenoise.core.filter.SeparableKernel;

/**
 * The two SSIM conventions analysts compare runs with. Both use K1 = 0.01 and K2 = 0.03; they
 * differ in the window and the covariance normalisation, which changes SSIM values noticeably, so
 * every SSIM number must say which convention produced it.
 */
public enum SsimConvention {
  /**
   * Wang et al. 2004: Gaussian window, sigma 1.5 truncated at 3.5 sigma (11 taps, normalised),
   * population covariance. scikit-image with {@code gaussian_weights=True, sigma=1.5,
   * use_sample_covariance=False}.
   */
  WANG("wang", SeparableKernel.gaussian(1.5, 3.5), false),

  /** scikit-image 0.19 defaults: 7x7 uniform window, sample covariance (normalised by 49/48). */
  SKIMAGE("skimage", SeparableKernel.uniform(7), true);

  private final String label;
  private final SeparableKernel kernel;
  private final double covarianceNorm;

  SsimConvention(String label, SeparableKernel kernel, boolean sampleCovariance) {
    this.label = label;
    this.kernel = kernel;
    double taps = (double) kernel.size() * kernel.size();
    this.covarianceNorm = sampleCovariance ? taps / (taps - 1) : 1.0;
  }

  /** The convention named {@code wang} or {@code skimage} (case-insensitive). */
  public static SsimConvention parse(String name) {
    for (SsimConvention c : values()) {
      if (c.label.equalsIgnoreCase(name.trim())) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown SSIM convention '" + name + "', expected one of wang, skimage");
  }

  /** The lower-case name used in configs and tables: {@code wang} or {@code skimage}. */
  public String label() {
    return label;
  }

  /** The window's side in pixels (11 for wang, 7 for skimage). */
  public int windowSize() {
    return kernel.size();
  }

  SeparableKernel kernel() {
    return kernel;
  }

  /** 1 for population covariance, N / (N - 1) for sample covariance over N window pixels. */
  double covarianceNorm() {
    return covarianceNorm;
  }
}
