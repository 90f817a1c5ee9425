/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.jobs.contracts.ModelDirectory;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.deeplearning4j.nn.graph.ComputationGraph;

/** Reads back what a train run committed: its model and its history rows. */
final class TrainOutputs {
  private TrainOutputs() {}

  /** The committed model.zip of a run on the local file system. */
  static ComputationGraph model(TrainResult result) throws IOException {
    return Dl4jNetwork.load(Path.of(URI.create(result.output())).resolve(ModelDirectory.MODEL_FILE))
        .graph();
  }

  /** The history rows of a run, by epoch. */
  static List<Row> history(TrainResult result) {
    return SharedSpark.session()
        .read()
        .parquet(result.output() + "/" + ModelDirectory.HISTORY_DIR)
        .orderBy("epoch")
        .collectAsList();
  }
}
