/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.Dl4jNetwork;
import java.util.List;

/**
 * What the training loop hands back.
 *
 * @param network the network to commit: the best epoch's with early stopping, else the last one's
 * @param epochs one record per epoch, resumed ones included
 * @param examples training examples per epoch
 * @param bestEpoch the best epoch with early stopping, else 0
 * @param stoppedEarly whether early stopping ended the run before its last epoch
 * @param resumedFrom the epoch of the checkpoint the run resumed from, 0 when it did not
 */
record Trained(
    Dl4jNetwork network,
    List<EpochMetrics> epochs,
    long examples,
    int bestEpoch,
    boolean stoppedEarly,
    int resumedFrom) {
  Trained {
    epochs = List.copyOf(epochs);
  }
}
