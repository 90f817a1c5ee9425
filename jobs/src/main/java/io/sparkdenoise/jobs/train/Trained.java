/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.Dl4jNetwork;
import java.util.List;
import java.util.Optional;

/**
 * What the training loop hands back.
 *
 * @param network the network to commit: the best epoch's with early stopping, else the last one's
 * @param epochs one record per epoch, resumed ones included
 * @param examples training examples per epoch
 * @param bestEpoch the best epoch with early stopping, else 0
 * @param stoppedEarly whether early stopping ended the run before its last epoch
 * @param resumedFrom the epoch of the checkpoint the run resumed from, 0 when it did not
 * @param keptInit with {@value TrainConfig#KEEP_INIT}, the share kept and the validation score of
 *     the network interpolated with the starting model's weights, which {@code network} then is
 */
record Trained(
    Dl4jNetwork network,
    List<EpochMetrics> epochs,
    long examples,
    int bestEpoch,
    boolean stoppedEarly,
    int resumedFrom,
    Optional<TrainResult.KeptInit> keptInit) {
  Trained {
    epochs = List.copyOf(epochs);
  }

  /**
   * This training with {@code interpolated}, scored as {@code kept} says, as the network written.
   */
  Trained keepingInit(Dl4jNetwork interpolated, TrainResult.KeptInit kept) {
    return new Trained(
        interpolated, epochs, examples, bestEpoch, stoppedEarly, resumedFrom, Optional.of(kept));
  }
}
