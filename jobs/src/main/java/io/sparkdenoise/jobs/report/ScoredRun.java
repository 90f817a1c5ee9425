/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.contracts.MetricsRun;
import io.sparkdenoise.jobs.contracts.SplitRows;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One committed score run as the report sees it: the {@link MetricsRun} with its rows of the
 * reported splits cached, and the tables its provenance names (the model directory's history and
 * the pairs table it scored), unless the configuration names them instead.
 *
 * @param run the run of the metrics table
 * @param splits the splits reported on
 * @param rows the run's metrics rows of those splits (data-schemas/metrics.json without run_id),
 *     cached
 * @param history the history table to draw the training curves from, if any
 * @param pairs the pairs table the run scored, if any
 */
record ScoredRun(
    MetricsRun run,
    Set<Split> splits,
    Dataset<Row> rows,
    Optional<String> history,
    Optional<String> pairs) {
  /**
   * Opens the run at {@code config.run()}.
   *
   * @throws NoSuchFileException when the directory does not exist
   * @throws IOException when it is not a committed run partition of a metrics table
   */
  static ScoredRun open(SparkSession spark, ReportConfig config) throws IOException {
    MetricsRun run = MetricsRun.open(spark, config.run(), ReportConfig.RUN);
    return new ScoredRun(
        run,
        config.splits(),
        SplitRows.keep(run.rows(spark), config.splits()).cache(),
        config.history().or(run::history),
        config.pairs().or(run::pairs));
  }

  /** The run id. */
  String runId() {
    return run.runId();
  }

  /** The run partition's qualified URI. */
  String location() {
    return run.location();
  }

  /** The run's {@code _provenance.json}. */
  Provenance provenance() {
    return run.provenance();
  }

  /** The images table the run scored with noise made on the fly, if any. */
  Optional<String> images() {
    return run.images();
  }

  /** The run's model id, empty for a baselines-only run. */
  Optional<String> modelId() {
    return run.modelId();
  }

  /** A provenance config value, or "" when the run did not record it. */
  String setting(String key) {
    return run.setting(key);
  }
}
