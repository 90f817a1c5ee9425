/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.util.Objects;

/**
 * A named series of points for a line chart, in drawing order. A NaN y value is a gap (e.g. an
 * epoch without a validation loss); x values must be finite. Immutable: the arrays are copied.
 *
 * @param name the legend entry; not blank
 * @param x the x values
 * @param y the y values, as many as {@code x}
 */
public record Series(String name, double[] x, double[] y) {
  /** Checks and copies the arrays. */
  public Series {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("series name must not be blank");
    }
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "series '" + name + "' has " + x.length + " x values and " + y.length + " y values");
    }
    if (x.length == 0) {
      throw new IllegalArgumentException("series '" + name + "' has no points");
    }
    for (double value : x) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(
            "series '" + name + "' has a non-finite x value " + value);
      }
    }
    x = x.clone();
    y = y.clone();
  }

  /** A copy of the x values. */
  @Override
  public double[] x() {
    return x.clone();
  }

  /** A copy of the y values. */
  @Override
  public double[] y() {
    return y.clone();
  }

  /** Whether at least one y value is finite, i.e. the series draws anything. */
  public boolean hasFiniteY() {
    for (double value : y) {
      if (Double.isFinite(value)) {
        return true;
      }
    }
    return false;
  }
}
