/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;
import java.util.List;
import java.util.SortedMap;

/**
 * Multiplicative (speckle) noise: each sample becomes x + x sigma N(0, 1), clipped to [0, 1], so
 * the noise variance x^2 sigma^2 grows with brightness and black stays black. One independent
 * normal per sample, in sample order.
 *
 * @param sigma relative standard deviation (unitless), finite and > 0
 */
public record SpeckleNoise(double sigma) implements NoiseModel {
  /** Canonical name. */
  public static final String NAME = "speckle";

  /** Parameter key of {@link #sigma}. */
  public static final String SIGMA = "sigma";

  static final NoiseModelType TYPE =
      new NoiseModelType(
          NAME,
          List.of(NoiseModelType.Parameter.required(SIGMA)),
          values -> new SpeckleNoise(values.get(SIGMA)));

  /** Checks sigma. */
  public SpeckleNoise {
    if (!(sigma > 0 && Double.isFinite(sigma))) {
      throw new IllegalArgumentException(
          "sigma must be finite and > 0, got " + SpecNumbers.format(sigma));
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SortedMap<String, Double> parameters() {
    return Samples.parameters(SIGMA, sigma);
  }

  @Override
  public Image apply(Image clean, NoiseRandom rng) {
    float[] in = clean.samples();
    float[] out = new float[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = Samples.clip(in[i] + in[i] * sigma * rng.nextGaussian());
    }
    return clean.withSamples(out);
  }
}
