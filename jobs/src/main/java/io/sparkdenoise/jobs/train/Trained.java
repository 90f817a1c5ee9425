/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;

/** What an engine hands back: the trained network, one record per epoch, examples per epoch. */
record Trained(ComputationGraph network, List<EpochMetrics> epochs, long examples) {
  Trained {
    epochs = List.copyOf(epochs);
  }
}
