/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.training;

/**
 * Where early stopping stands after some epochs: the best epoch so far and its value, and how many
 * epochs have passed without an improvement since. Immutable; what a checkpoint stores so that a
 * resumed run stops exactly where the uninterrupted one would.
 *
 * @param bestEpoch the 1-based epoch with the best value so far, 0 before any epoch
 * @param bestValue its value of the monitored metric, NaN before any epoch
 * @param epochsSinceBest epochs after {@code bestEpoch} that did not improve on it
 */
public record StoppingState(int bestEpoch, double bestValue, int epochsSinceBest) {
  /** Checks the counters. */
  public StoppingState {
    if (bestEpoch < 0 || epochsSinceBest < 0) {
      throw new IllegalArgumentException(
          "best epoch and epochs since must be at least 0, got "
              + bestEpoch
              + " and "
              + epochsSinceBest);
    }
  }

  /** The state before the first epoch. */
  public static StoppingState initial() {
    return new StoppingState(0, Double.NaN, 0);
  }
}
