/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import io.sparkdenoise.core.model.Denoiser;
import java.util.List;

/**
 * The classical methods a trained model is compared with: every score run scores them next to the
 * model, and the report shows the best of them when a run has no model. Stateless.
 */
public final class Baselines {
  /** The Gaussian baseline's standard deviation in pixels (method {@code gaussian_s1}). */
  public static final double GAUSSIAN_SIGMA = 1.0;

  private Baselines() {}

  /**
   * Fresh instances of the baselines in scoring order: the noisy input ({@code identity}) first.
   */
  public static List<Denoiser> all() {
    return List.of(new IdentityDenoiser(), new GaussianFilter(GAUSSIAN_SIGMA), new MedianFilter());
  }
}
