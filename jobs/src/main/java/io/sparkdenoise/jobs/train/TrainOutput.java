/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.jobs.contracts.ModelDirectory;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a train run's output into its staging directory: the history table, the model and the
 * curves PNG, then {@code _SUCCESS}; {@link AtomicCommit} adds the provenance and publishes it.
 */
final class TrainOutput {
  private TrainOutput() {}

  static void write(SparkSession spark, String staging, Trained trained, TrainConfig config)
      throws IOException {
    Path dir = new Path(staging);
    FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
    historyTable(spark, trained, config)
        .coalesce(1)
        .write()
        .parquet(new Path(dir, ModelDirectory.HISTORY_DIR).toString());
    Checkpoints.saveModel(fs, trained.network(), new Path(dir, ModelDirectory.MODEL_FILE));
    try (OutputStream out = fs.create(new Path(dir, ModelDirectory.CURVES_FILE), false)) {
      out.write(TrainingCurves.png(trained.epochs()));
    }
    fs.create(new Path(dir, AtomicCommit.SUCCESS_FILE), true).close();
  }

  /** The rows of data-schemas/history.json, checked against it. */
  static Dataset<Row> historyTable(SparkSession spark, Trained trained, TrainConfig config) {
    boolean stopping = config.earlyStopping().enabled();
    List<EpochMetrics> epochs = trained.epochs();
    List<Row> rows = new ArrayList<>();
    for (EpochMetrics e : epochs) {
      boolean lastRow = e.epoch() == epochs.get(epochs.size() - 1).epoch();
      rows.add(
          RowFactory.create(
              e.epoch(),
              config.engine().id(),
              trained.examples(),
              e.trainLoss(),
              orNull(e.validationLoss()),
              orNull(e.validationPsnr()),
              orNull(e.validationSsim()),
              e.imagesPerSecond(),
              e.seconds(),
              e.learningRate(),
              stopping ? e.bestEpoch() : null,
              stopping ? lastRow && trained.stoppedEarly() : null));
    }
    StructType schema = Table.HISTORY.schema();
    Dataset<Row> table = spark.createDataFrame(rows, schema);
    SchemaCheck.requireMatches(
        Table.HISTORY.tableName(), schema, table.schema(), SchemaCheck.Nullability.STRICT);
    return table;
  }

  private static Double orNull(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
