/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;
import java.util.List;
import java.util.SortedMap;

/**
 * Additive white Gaussian noise: each sample becomes x + (sigma / 255) N(0, 1), clipped to [0, 1],
 * one independent normal per sample in sample order.
 *
 * @param sigma standard deviation on the 8-bit scale (0-255), in (0, 255]
 */
public record GaussianNoise(double sigma) implements NoiseModel {
  /** Canonical name. */
  public static final String NAME = "gaussian";

  /** Parameter key of {@link #sigma}. */
  public static final String SIGMA = "sigma";

  /** The 8-bit full scale that sigma is expressed on. */
  static final double FULL_SCALE = 255;

  static final NoiseModelType TYPE =
      new NoiseModelType(
          NAME,
          List.of(NoiseModelType.Parameter.required(SIGMA)),
          values -> new GaussianNoise(values.get(SIGMA)));

  /** Checks sigma. */
  public GaussianNoise {
    if (!(sigma > 0 && sigma <= FULL_SCALE)) {
      throw new IllegalArgumentException(
          "sigma must be in (0, 255], got " + SpecNumbers.format(sigma));
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
    double scale = sigma / FULL_SCALE;
    for (int i = 0; i < in.length; i++) {
      out[i] = Samples.clip(in[i] + scale * rng.nextGaussian());
    }
    return clean.withSamples(out);
  }
}
