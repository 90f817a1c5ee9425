/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import java.util.Locale;

/** Numbers as the report prints them: fixed decimals, infinity spelled out, nothing for NaN. */
final class Numbers {
  private Numbers() {}

  /** {@code value} with {@code decimals} digits after the point; "inf"/"-inf"; "" for NaN. */
  static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** {@code value} with a sign, e.g. {@code +1.25}. */
  static String signed(double value, int decimals) {
    String text = fixed(value, decimals);
    return value > 0 && Double.isFinite(value) ? "+" + text : text;
  }

  /** A nullable boxed double as {@link #fixed}. */
  static String fixed(Double value, int decimals) {
    return value == null ? "" : fixed(value.doubleValue(), decimals);
  }
}
