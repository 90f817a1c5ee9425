/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.score.ScoreConfig;
import io.sparkdenoise.jobs.score.ScoreJob;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.tables.AnalystTable;
import io.sparkdenoise.jobs.tables.SchemaFit;
import io.sparkdenoise.jobs.train.TrainJob;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One committed score run as the report sees it: its id, its rows, its provenance, and the tables
 * the provenance names (the model directory, whose {@code history} holds the training curves, and
 * the pairs or images table it scored), unless the configuration names them instead.
 *
 * @param runId the run id, from the partition directory's name
 * @param location the run partition's qualified URI
 * @param rows the run's metrics rows (data-schemas/metrics.json without run_id), cached
 * @param provenance the run's {@code _provenance.json}
 * @param history the history table to draw the training curves from, if any
 * @param pairs the pairs table the run scored, if any
 * @param images the images table the run scored with noise made on the fly, if any
 */
record ScoredRun(
    String runId,
    String location,
    Dataset<Row> rows,
    Provenance provenance,
    Optional<String> history,
    Optional<String> pairs,
    Optional<String> images) {
  private static final String PARTITION_PREFIX = ScoreJob.RUN_ID_COLUMN + "=";

  /**
   * Opens the run at {@code config.run()}.
   *
   * @throws NoSuchFileException when the directory does not exist
   * @throws IOException when it is not a committed run partition of a metrics table
   */
  static ScoredRun open(SparkSession spark, ReportConfig config) throws IOException {
    Path path = new Path(config.run());
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(path)) {
      throw new NoSuchFileException(config.run());
    }
    String location = fs.makeQualified(path).toString();
    String name = path.getName();
    if (!name.startsWith(PARTITION_PREFIX) || name.length() == PARTITION_PREFIX.length()) {
      throw new IOException(
          ReportConfig.RUN
              + " must be a run of a metrics table, <metrics dir>/"
              + PARTITION_PREFIX
              + "<id>, got "
              + config.run());
    }
    Provenance provenance;
    try {
      provenance = ProvenanceFiles.read(spark, location);
    } catch (FileNotFoundException e) {
      throw new IOException(
          config.run() + " has no _provenance.json: not a run committed by the score job", e);
    }
    SchemaFit.requireFits(spark, AnalystTable.METRICS, ScoreJob.fileSchema(), location);
    Dataset<Row> rows = spark.read().parquet(location).cache();
    String model = provenance.config().get(ScoreConfig.MODEL);
    Optional<String> modelDir =
        Optional.ofNullable(model).filter(m -> !m.equals(ScoreConfig.MODEL_NONE));
    return new ScoredRun(
        name.substring(PARTITION_PREFIX.length()),
        location,
        rows,
        provenance,
        config.history().or(() -> modelDir.map(dir -> dir + "/" + TrainJob.HISTORY_DIR)),
        config.pairs().or(() -> Optional.ofNullable(provenance.config().get(ScoreConfig.PAIRS))),
        Optional.ofNullable(provenance.config().get(ScoreConfig.IMAGES)));
  }

  /** The run's model id, empty for a baselines-only run. */
  Optional<String> modelId() {
    return Optional.ofNullable(provenance.config().get(ScoreJob.MODEL_ID));
  }

  /** Whether the run scored a model. */
  boolean hasModel() {
    return modelId().isPresent();
  }

  /** A provenance config value, or "" when the run did not record it. */
  String setting(String key) {
    return provenance.config().getOrDefault(key, "");
  }
}
