/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.training.EarlyStopping;
import io.sparkdenoise.core.training.Monitor;
import io.sparkdenoise.jobs.config.ConfigReader;

/**
 * The early-stopping keys of the train job, read into core's {@link EarlyStopping}. Off by default
 * ({@value #PATIENCE} = 0); when on, the committed model is the best epoch's by {@value #METRIC}.
 */
public final class Stopping {
  /** The validation metric watched: val-loss, val-psnr or val-ssim. */
  public static final String METRIC = "train.early-stop.metric";

  /** Epochs without improvement before stopping; 0 turns early stopping off. */
  public static final String PATIENCE = "train.early-stop.patience";

  /** The smallest change that counts as an improvement, in the metric's unit. */
  public static final String MIN_DELTA = "train.early-stop.min-delta";

  private Stopping() {}

  /**
   * The early stopping in {@code config}.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  static EarlyStopping from(ConfigReader config) {
    String metric = config.string(METRIC);
    int patience = config.integerAtLeast(PATIENCE, 0);
    double minDelta = config.number(MIN_DELTA);
    Monitor monitor;
    try {
      monitor = Monitor.byId(metric);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(METRIC + ": " + e.getMessage(), e);
    }
    if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
      throw new IllegalArgumentException(
          MIN_DELTA + " must be a finite number at least 0, got " + minDelta);
    }
    return new EarlyStopping(monitor, patience, minDelta);
  }
}
