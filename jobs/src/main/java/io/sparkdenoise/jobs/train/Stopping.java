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

  /** Default metric. */
  public static final String METRIC_DEFAULT = "val-loss";

  /** Epochs without improvement before stopping; 0 turns early stopping off. */
  public static final String PATIENCE = "train.early-stop.patience";

  /** Default patience: off. */
  public static final int PATIENCE_DEFAULT = 0;

  /** The smallest change that counts as an improvement, in the metric's unit. */
  public static final String MIN_DELTA = "train.early-stop.min-delta";

  /** Default minimum improvement. */
  public static final double MIN_DELTA_DEFAULT = 0.0;

  private Stopping() {}

  /**
   * The early stopping in {@code config}.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  static EarlyStopping from(ConfigReader config) {
    String metric = config.has(METRIC) ? config.string(METRIC) : METRIC_DEFAULT;
    int patience = config.has(PATIENCE) ? config.integer(PATIENCE) : PATIENCE_DEFAULT;
    double minDelta = config.has(MIN_DELTA) ? config.number(MIN_DELTA) : MIN_DELTA_DEFAULT;
    Monitor monitor;
    try {
      monitor = Monitor.byId(metric);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(METRIC + ": " + e.getMessage(), e);
    }
    if (patience < 0) {
      throw new IllegalArgumentException(
          PATIENCE + " must be at least 0 (0: off), got " + patience);
    }
    if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
      throw new IllegalArgumentException(
          MIN_DELTA + " must be a finite number at least 0, got " + minDelta);
    }
    return new EarlyStopping(monitor, patience, minDelta);
  }
}
