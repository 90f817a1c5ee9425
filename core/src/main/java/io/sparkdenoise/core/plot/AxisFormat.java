/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

/**
 * How many decimals an axis's tick labels show, chosen from the axis range: enough to tell ticks
 * about a tenth of the range apart, at most {@value #MAX_DECIMALS}, so that a tick at a data
 * minimum reads {@code 10.1}, not {@code 10.100826280888509}. Stateless.
 */
final class AxisFormat {
  /** The most decimals a tick label shows. */
  static final int MAX_DECIMALS = 3;

  /** Ticks are about a tenth of the range apart; one more digit than that tells them apart. */
  private static final int DIGITS_BELOW_RANGE = 2;

  private AxisFormat() {}

  /**
   * The decimals for an axis over [{@code lower}, {@code upper}]: {@code ceil(2 - log10(range))}
   * clamped to [0, {@value #MAX_DECIMALS}], e.g. 1 for a 30 dB range, 3 for an SSIM range of 0.3.
   */
  static int decimals(double lower, double upper) {
    double range = Math.abs(upper - lower);
    if (!(range > 0) || !Double.isFinite(range)) {
      return MAX_DECIMALS;
    }
    int decimals = (int) Math.ceil(DIGITS_BELOW_RANGE - Math.log10(range));
    return Math.max(0, Math.min(MAX_DECIMALS, decimals));
  }

  /**
   * A {@link java.text.DecimalFormat} pattern with thousands separators and at most {@link
   * #decimals} decimals (trailing zeros dropped), as XChart's stylers take it.
   */
  static String pattern(double lower, double upper) {
    int decimals = decimals(lower, upper);
    return decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals);
  }
}
