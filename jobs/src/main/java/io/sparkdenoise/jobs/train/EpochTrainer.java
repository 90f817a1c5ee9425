/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.Dl4jNetwork;

/**
 * An engine's side of the training loop: fits one epoch at a time, so that the loop in between can
 * validate, decide on early stopping and checkpoint. {@link #close()} releases what the engine
 * cached (persisted RDDs). Not thread-safe.
 */
interface EpochTrainer extends AutoCloseable {
  /**
   * Trains the 1-based {@code epoch}, epochs in increasing order; the network is updated in place.
   */
  Fitted fit(int epoch);

  /** The network being trained, as of the last epoch fitted. */
  Dl4jNetwork network();

  /** Training examples (gray planes) per epoch. */
  long examples();

  @Override
  void close();

  /**
   * What one epoch's training did.
   *
   * @param trainLoss the training loss per pixel (see {@link EpochMetrics#trainLoss()})
   * @param imagesPerSecond training examples per second
   * @param seconds wall time of the epoch's training
   * @param learningRate Adam's step size in the epoch
   */
  record Fitted(double trainLoss, double imagesPerSecond, double seconds, double learningRate) {}
}
