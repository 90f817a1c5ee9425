/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;
import java.util.List;
import java.util.SortedMap;

/**
 * Shot (photon-counting) noise: each sample x becomes Poisson(x peak) / peak, clipped to [0, 1], so
 * its mean is x and its variance x / peak; fewer photons means more noise. Counts above peak are
 * clipped to white, which lowers the mean of bright samples when peak is small. One independent
 * count per sample, in sample order.
 *
 * @param peak expected photon count of a white (1.0) sample, in (0, {@link
 *     NoiseRandom#MAX_POISSON_LAMBDA}]
 */
public record PoissonNoise(double peak) implements NoiseModel {
  /** Canonical name. */
  public static final String NAME = "poisson";

  /** Parameter key of {@link #peak}. */
  public static final String PEAK = "peak";

  static final NoiseModelType TYPE =
      new NoiseModelType(
          NAME,
          List.of(NoiseModelType.Parameter.required(PEAK)),
          values -> new PoissonNoise(values.get(PEAK)));

  /** Checks peak. */
  public PoissonNoise {
    if (!(peak > 0 && peak <= NoiseRandom.MAX_POISSON_LAMBDA)) {
      throw new IllegalArgumentException(
          "peak must be in (0, "
              + SpecNumbers.format(NoiseRandom.MAX_POISSON_LAMBDA)
              + "], got "
              + SpecNumbers.format(peak));
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SortedMap<String, Double> parameters() {
    return Samples.parameters(PEAK, peak);
  }

  @Override
  public Image apply(Image clean, NoiseRandom rng) {
    float[] in = clean.samples();
    float[] out = new float[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = Samples.clip(rng.nextPoisson(in[i] * peak) / peak);
    }
    return clean.withSamples(out);
  }
}
