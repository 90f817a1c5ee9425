/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers in noise specs: a plain decimal grammar (no NaN, infinities, hex or type suffixes) and a
 * canonical, shortest-trailing-zeros rendering ({@code 25}, {@code 0.05}, {@code 1E-7}) that parses
 * back to the identical double.
 */
final class SpecNumbers {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  /** Magnitudes from here up to {@link #PLAIN_MAX} are written without an exponent. */
  private static final double PLAIN_MIN = 1e-6;

  private static final double PLAIN_MAX = 1e15;

  private SpecNumbers() {}

  /**
   * The canonical text of {@code value}; non-finite values (only in messages) as Java writes them.
   */
  static String format(double value) {
    if (value == 0) {
      return "0";
    }
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    double magnitude = Math.abs(value);
    return magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX
        ? decimal.toPlainString()
        : decimal.toString();
  }

  /**
   * Parses a finite decimal number.
   *
   * @throws IllegalArgumentException naming {@code text} when it is not one
   */
  static double parse(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException("not a number: '" + text + "'");
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("number out of range: '" + text + "'");
    }
    return value;
  }
}
