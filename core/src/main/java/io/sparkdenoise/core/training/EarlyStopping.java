/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.training;

import java.util.Objects;

/**
 * Patience on a validation metric: after each epoch {@link #observe} records its value, and
 * training stops once {@link #patience()} epochs in a row have not improved on the best by more
 * than {@link #minDelta()}. The run then keeps the best epoch's network, not the last one's.
 * Immutable and thread-safe.
 *
 * @param monitor the metric watched
 * @param patience epochs without improvement before stopping, at least 1; 0 turns early stopping
 *     off (every epoch runs and the last network is kept)
 * @param minDelta the smallest change that counts as an improvement, at least 0, in the metric's
 *     unit (dB for PSNR)
 */
public record EarlyStopping(Monitor monitor, int patience, double minDelta) {
  /** Checks every field. */
  public EarlyStopping {
    Objects.requireNonNull(monitor, "monitor");
    if (patience < 0) {
      throw new IllegalArgumentException(
          "early-stopping patience must be at least 0 (0: off), got " + patience);
    }
    if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
      throw new IllegalArgumentException(
          "early-stopping min delta must be a finite number at least 0, got " + minDelta);
    }
  }

  /** Early stopping off. */
  public static EarlyStopping off() {
    return new EarlyStopping(Monitor.VAL_LOSS, 0, 0);
  }

  /** Whether early stopping is on. */
  public boolean enabled() {
    return patience > 0;
  }

  /**
   * The state after {@code epoch} scored {@code value}.
   *
   * @throws IllegalArgumentException when the epoch does not follow the state's epochs
   */
  public StoppingState observe(StoppingState state, int epoch, double value) {
    int seen = state.bestEpoch() + state.epochsSinceBest();
    if (epoch != seen + 1) {
      throw new IllegalArgumentException(
          "epoch " + epoch + " does not follow the " + seen + " epochs observed so far");
    }
    if (monitor.improves(value, state.bestValue(), minDelta)) {
      return new StoppingState(epoch, value, 0);
    }
    return new StoppingState(state.bestEpoch(), state.bestValue(), state.epochsSinceBest() + 1);
  }

  /** Whether training should stop in {@code state}; never when early stopping is off. */
  public boolean shouldStop(StoppingState state) {
    return enabled() && state.epochsSinceBest() >= patience;
  }
}
