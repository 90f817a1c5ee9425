/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

/**
 * Equal-width histogram bins over [{@code lower}, {@code upper}]: bin {@code i} holds the values in
 * [{@code lower + i w}, {@code lower + (i + 1) w}) with {@code w = (upper - lower) / count}, the
 * last bin also holds {@code upper}. A histogram of many rows is counted where the rows are (e.g.
 * by Spark with {@link #indexOf}'s formula) and only the counts are drawn. Immutable.
 *
 * @param lower the lower edge of the first bin
 * @param upper the upper edge of the last bin; greater than {@code lower}
 * @param count the number of bins, in [1, {@value #MAX_BINS}]
 */
public record Bins(double lower, double upper, int count) {
  /** The most bins a histogram may have. */
  public static final int MAX_BINS = 1000;

  /** Checks the edges and the count. */
  public Bins {
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(upper > lower)) {
      throw new IllegalArgumentException(
          "bins need finite edges with lower < upper, got [" + lower + ", " + upper + "]");
    }
    if (count < 1 || count > MAX_BINS) {
      throw new IllegalArgumentException(
          "bin count must be in [1, " + MAX_BINS + "], got " + count);
    }
  }

  /**
   * Bins covering [{@code min}, {@code max}] of some data; when all values are equal ({@code min ==
   * max}) one bin of width 1 centred on the value.
   */
  public static Bins covering(double min, double max, int count) {
    if (min == max) {
      return new Bins(min - 0.5, max + 0.5, 1);
    }
    return new Bins(min, max, count);
  }

  /** The width of one bin. */
  public double width() {
    return (upper - lower) / count;
  }

  /**
   * The bin of {@code value}: {@code floor((value - lower) / width)} clamped to [0, count - 1], so
   * values outside the edges land in the first or last bin; -1 for a non-finite value.
   */
  public int indexOf(double value) {
    if (!Double.isFinite(value)) {
      return -1;
    }
    int index = (int) Math.floor((value - lower) / width());
    return Math.max(0, Math.min(count - 1, index));
  }

  /** The centre of bin {@code index}. */
  public double center(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("bin " + index + " of " + count);
    }
    return lower + (index + 0.5) * width();
  }
}
