/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;
import java.util.List;
import java.util.SortedMap;

/**
 * Impulse noise: each sample independently, with probability {@code amount}, is replaced by salt
 * (1.0, with probability {@code salt}) or pepper (0.0). As in scikit-image's {@code
 * random_noise(..., mode="s&p")}, samples, not pixels, are the unit: in an RGB image each channel
 * is hit on its own, giving coloured specks. Per sample, in sample order, one uniform decides the
 * hit and, for hits only, a second one decides salt or pepper.
 *
 * @param amount probability that a sample is replaced, in (0, 1]
 * @param salt probability that a replaced sample becomes 1.0 rather than 0.0, in [0, 1]
 */
public record SaltPepperNoise(double amount, double salt) implements NoiseModel {
  /** Canonical name. */
  public static final String NAME = "salt-pepper";

  /** Parameter key of {@link #amount}. */
  public static final String AMOUNT = "amount";

  /** Parameter key of {@link #salt}. */
  public static final String SALT = "salt";

  /** The salt ratio when a spec does not give one: salt and pepper equally likely. */
  public static final double SALT_DEFAULT = 0.5;

  static final NoiseModelType TYPE =
      new NoiseModelType(
          NAME,
          List.of(
              NoiseModelType.Parameter.required(AMOUNT),
              NoiseModelType.Parameter.optional(SALT, SALT_DEFAULT)),
          values -> new SaltPepperNoise(values.get(AMOUNT), values.get(SALT)));

  /** Checks amount and salt. */
  public SaltPepperNoise {
    if (!(amount > 0 && amount <= 1)) {
      throw new IllegalArgumentException(
          "amount must be in (0, 1], got " + SpecNumbers.format(amount));
    }
    if (!(salt >= 0 && salt <= 1)) {
      throw new IllegalArgumentException("salt must be in [0, 1], got " + SpecNumbers.format(salt));
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SortedMap<String, Double> parameters() {
    return Samples.parameters(AMOUNT, amount, SALT, salt);
  }

  @Override
  public Image apply(Image clean, NoiseRandom rng) {
    float[] out = clean.samples().clone();
    for (int i = 0; i < out.length; i++) {
      if (rng.nextDouble() < amount) {
        out[i] = rng.nextDouble() < salt ? 1f : 0f;
      }
    }
    return clean.withSamples(out);
  }
}
