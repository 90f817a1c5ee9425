/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import java.io.Serializable;

/**
 * The values a spec allows for one parameter: a closed interval [low, high], drawn uniformly per
 * image; low == high is a fixed value. Written {@code 25} or {@code 5..50} in a spec.
 *
 * @param low smallest value, finite
 * @param high largest value, finite and >= low
 */
public record ParameterRange(double low, double high) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The spec syntax between the two ends of a range. */
  static final String SEPARATOR = "..";

  /** Checks that both ends are finite and ordered. */
  public ParameterRange {
    if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
      throw new IllegalArgumentException(
          "range must be low..high with finite low <= high, got "
              + SpecNumbers.format(low)
              + SEPARATOR
              + SpecNumbers.format(high));
    }
  }

  /** The range holding only {@code value}. */
  public static ParameterRange fixed(double value) {
    return new ParameterRange(value, value);
  }

  /** True when low == high. */
  public boolean isFixed() {
    return low == high;
  }

  /**
   * A value uniform in [low, high]; consumes exactly one uniform from {@code rng}, fixed or not, so
   * that the stream layout does not depend on which parameters vary.
   */
  double draw(NoiseRandom rng) {
    double u = rng.nextDouble();
    return Math.min(high, low + (high - low) * u);
  }

  /** {@code 25} or {@code 5..50}, in canonical number form. */
  @Override
  public String toString() {
    return isFixed()
        ? SpecNumbers.format(low)
        : SpecNumbers.format(low) + SEPARATOR + SpecNumbers.format(high);
  }
}
