/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.Denoiser;
import java.math.BigDecimal;

/**
 * Gaussian blur as scipy.ndimage.gaussian_filter(image, sigma, truncate=4.0, mode='reflect'),
 * applied to each channel separately, computed in double and rounded to float.
 *
 * <p>Its name is {@code gaussian_s} followed by sigma with the decimal point as an underscore:
 * {@code gaussian_s1} for sigma 1, {@code gaussian_s1_5} for 1.5. Immutable and thread-safe.
 */
public final class GaussianFilter implements Denoiser {
  /** How many standard deviations the kernel reaches, scipy's default. */
  public static final double TRUNCATE = 4.0;

  private final double sigma;
  private final SeparableKernel kernel;
  private final String name;

  /**
   * A Gaussian filter of standard deviation {@code sigma} pixels.
   *
   * @param sigma finite and positive
   */
  public GaussianFilter(double sigma) {
    this.kernel = SeparableKernel.gaussian(sigma, TRUNCATE);
    this.sigma = sigma;
    this.name =
        "gaussian_s"
            + new BigDecimal(Double.toString(sigma))
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', '_');
  }

  /** Standard deviation in pixels. */
  public double sigma() {
    return sigma;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Image denoise(Image noisy) {
    return PerChannel.apply(noisy, kernel::correlateReflect);
  }

  @Override
  public String toString() {
    return name;
  }
}
