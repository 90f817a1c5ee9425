/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import io.sparkdenoise.core.plot.LineChart;
import io.sparkdenoise.core.report.Block;
import io.sparkdenoise.core.report.Section;
import io.sparkdenoise.jobs.contracts.SchemaFit;
import io.sparkdenoise.jobs.contracts.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The training curves of the run's model: loss, validation PSNR and SSIM per epoch, and validation
 * PSNR against the training's wall time (time-to-quality, which is how one JVM and a cluster
 * compare), from the history table next to the model (or the one configured). A run without a
 * model, or whose history cannot be read, gets a note saying why instead.
 */
final class TrainingSection {
  /** The section's id. */
  static final String ID = "training";

  private static final String TITLE = "Training";

  private TrainingSection() {}

  static Section build(SparkSession spark, ScoredRun run) {
    if (run.history().isEmpty()) {
      return note("No training history: the run scored no model (--model none).");
    }
    String uri = run.history().get();
    List<Row> epochs;
    try {
      epochs = read(spark, uri);
    } catch (IOException | RuntimeException e) {
      return note("No training history: cannot read " + uri + ": " + e.getMessage());
    }
    if (epochs.isEmpty()) {
      return note("No training history: " + uri + " holds no epochs.");
    }
    double[] epoch = column(epochs, "epoch");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph("From " + uri + ", one row per epoch."));
    blocks.add(
        ReportCharts.figure(
            LineChart.of("Loss per epoch", "epoch", "loss per pixel")
                .integerX()
                .with("train loss", epoch, column(epochs, "train_loss"))
                .with("validation loss", epoch, column(epochs, "val_loss")),
            "Loss per epoch",
            "Training loss and validation loss per pixel"));
    blocks.add(
        ReportCharts.figure(
            LineChart.of("Validation PSNR", "epoch", "PSNR (dB)")
                .integerX()
                .with("validation PSNR", epoch, column(epochs, "val_psnr_db")),
            "Validation PSNR",
            "Mean PSNR of the denoised validation images after each epoch (no data: no"
                + " validation split)"));
    blocks.add(
        ReportCharts.figure(
            LineChart.of("Validation PSNR against training time", "minutes", "PSNR (dB)")
                .with(
                    "validation PSNR",
                    minutesSoFar(column(epochs, "seconds")),
                    column(epochs, "val_psnr_db")),
            "Validation PSNR against training time",
            "Mean PSNR of the denoised validation images against the wall time of the training so"
                + " far (validation excluded): the time to reach a quality"));
    blocks.add(
        ReportCharts.figure(
            LineChart.of("Validation SSIM", "epoch", "SSIM")
                .integerX()
                .with("validation SSIM", epoch, column(epochs, "val_ssim")),
            "Validation SSIM",
            "Mean SSIM (Wang) of the denoised validation images after each epoch"));
    blocks.add(table(epochs));
    return new Section(ID, TITLE, blocks);
  }

  /** The epochs of the history table at {@code uri}, in order, with the columns the charts use. */
  static List<Row> read(SparkSession spark, String uri) throws IOException {
    Path path = new Path(uri);
    if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
      throw new IOException("no such directory");
    }
    SchemaFit.requireFits(spark, Table.HISTORY, Table.HISTORY.schema(), uri);
    return spark
        .read()
        .parquet(uri)
        .selectExpr(
            "cast(epoch AS double) AS epoch",
            "train_loss",
            "val_loss",
            "val_psnr_db",
            "val_ssim",
            "images_per_s",
            "learning_rate",
            "seconds")
        .orderBy("epoch")
        .collectAsList();
  }

  /** The values of column {@code name} of {@code rows}, NaN where null. */
  static double[] column(List<Row> rows, String name) {
    double[] values = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      int index = row.fieldIndex(name);
      values[i] = row.isNullAt(index) ? Double.NaN : row.getDouble(index);
    }
    return values;
  }

  /**
   * The running sum of each epoch's {@code seconds}, in minutes: the wall time after each epoch.
   */
  static double[] minutesSoFar(double[] seconds) {
    double[] minutes = new double[seconds.length];
    double sum = 0;
    for (int i = 0; i < seconds.length; i++) {
      sum += seconds[i];
      minutes[i] = sum / 60;
    }
    return minutes;
  }

  private static Block.Table table(List<Row> epochs) {
    List<List<String>> rows = new ArrayList<>();
    for (Row e : epochs) {
      rows.add(
          List.of(
              Numbers.fixed(e.getDouble(0), 0),
              Numbers.fixed(nullable(e, 1), 5),
              Numbers.fixed(nullable(e, 2), 5),
              Numbers.fixed(nullable(e, 3), 2),
              Numbers.fixed(nullable(e, 4), 4),
              Numbers.fixed(nullable(e, 5), 1),
              Numbers.fixed(nullable(e, 6), 6)));
    }
    return new Block.Table(
        "Per epoch",
        List.of(
            "epoch", "train loss", "val loss", "val PSNR", "val SSIM", "images/s", "learning rate"),
        rows,
        List.of(true, true, true, true, true, true, true));
  }

  private static Double nullable(Row row, int index) {
    return row.isNullAt(index) ? null : row.getDouble(index);
  }

  private static Section note(String text) {
    return new Section(ID, TITLE, List.of(new Block.Note(text)));
  }
}
