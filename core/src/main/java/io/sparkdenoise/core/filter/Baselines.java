/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import io.sparkdenoise.core.model.Denoiser;
import java.util.ArrayList;
import java.util.List;

/**
 * The classical methods a trained model is compared with: a score run scores them next to the
 * model, and the report shows the best of them when a run has no model. The noisy input ({@code
 * identity}) comes first, then the generic filters ({@code gaussian_s1}, {@code median3x3}), then
 * the classical clean-ups of scanned documents ({@code bg_median21}, {@code sauvola}). Stateless.
 */
public final class Baselines {
  /** The Gaussian baseline's standard deviation in pixels (method {@code gaussian_s1}). */
  public static final double GAUSSIAN_SIGMA = 1.0;

  private Baselines() {}

  /**
   * Fresh instances of every baseline in scoring order: the noisy input ({@code identity}) first.
   */
  public static List<Denoiser> all() {
    return List.of(
        new IdentityDenoiser(),
        new GaussianFilter(GAUSSIAN_SIGMA),
        new MedianFilter(),
        new BackgroundSubtraction(),
        new SauvolaThreshold());
  }

  /** Every baseline's name, in scoring order. */
  public static List<String> names() {
    return all().stream().map(Denoiser::name).toList();
  }

  /**
   * Fresh instances of the baselines named, in scoring order whatever the order of {@code names}.
   *
   * @throws IllegalArgumentException naming an unknown name and the known ones
   */
  public static List<Denoiser> named(List<String> names) {
    List<String> known = names();
    for (String name : names) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "unknown baseline '" + name + "' (known: " + String.join(", ", known) + ")");
      }
    }
    List<Denoiser> chosen = new ArrayList<>();
    for (Denoiser baseline : all()) {
      if (names.contains(baseline.name())) {
        chosen.add(baseline);
      }
    }
    return chosen;
  }
}
