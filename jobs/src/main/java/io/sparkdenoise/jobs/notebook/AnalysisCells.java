/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.notebook;

import io.sparkdenoise.core.plot.LineChart;
import io.sparkdenoise.core.plot.PngFigures;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.tables.SqlExamples;
import io.sparkdenoise.jobs.tables.SqlScript;
import io.sparkdenoise.jobs.tables.TablesConfig;
import io.sparkdenoise.jobs.tables.TablesJob;
import io.sparkdenoise.jobs.tables.TablesResult;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Java cells of the analysis notebook. The code between a {@code // notebook-cell: NAME} line
 * and the next {@code // notebook-cell-end} line is quoted verbatim in the notebook (the build puts
 * this source on the class path as {@value NotebookCells#CELLS_RESOURCE}), and it is the code that
 * {@link NotebookExport} runs to make the cell's output: the notebook cannot show code that does
 * not compile or outputs that other code made.
 */
final class AnalysisCells {
  /** Chart width in pixels. */
  static final int WIDTH = 720;

  /** Chart height in pixels. */
  static final int HEIGHT = 400;

  private AnalysisCells() {}

  /** Registers the metrics and history tables in the session's catalog and uses their database. */
  static TablesResult register(SparkSession spark, String metrics, String history)
      throws IOException {
    // notebook-cell: register
    TablesConfig config =
        TablesConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    TablesConfig.METRICS + "=" + metrics, TablesConfig.HISTORY + "=" + history)));
    TablesResult tables = TablesJob.register(spark, config);
    spark.catalog().setCurrentDatabase(config.database());
    // notebook-cell-end
    return tables;
  }

  /** Runs an example query with its variables. */
  static Dataset<Row> example(SparkSession spark, String name, Map<String, String> variables) {
    // notebook-cell: example
    variables.forEach((variable, value) -> spark.conf().set(variable, value));
    List<String> statements = SqlScript.parse(SqlExamples.text(name)).statements();
    Dataset<Row> result = spark.sql(statements.get(statements.size() - 1));
    // notebook-cell-end
    return result;
  }

  /** The gain_by_noise_level result as a chart: PSNR gain per level bin, one line per method. */
  static byte[] gainChart(List<Row> gains) {
    // notebook-cell: gain-chart
    Map<String, double[][]> byMethod = new LinkedHashMap<>();
    for (Row r : gains) {
      double level = (r.<Double>getAs("level_from") + r.<Double>getAs("level_to")) / 2;
      double[][] xy = byMethod.computeIfAbsent(r.getAs("method"), m -> new double[2][0]);
      xy[0] = append(xy[0], level);
      xy[1] = append(xy[1], r.<Double>getAs("psnr_gain_db"));
    }
    LineChart chart = LineChart.of("PSNR gain by noise level", "noise level", "PSNR gain (dB)");
    for (Map.Entry<String, double[][]> method : byMethod.entrySet()) {
      chart = chart.with(method.getKey(), method.getValue()[0], method.getValue()[1]);
    }
    byte[] png = PngFigures.png(chart, WIDTH, HEIGHT);
    // notebook-cell-end
    return png;
  }

  /** The training_curves result as a chart: train and validation loss per epoch. */
  static byte[] curvesChart(List<Row> epochs) {
    // notebook-cell: curves-chart
    double[] epoch = new double[epochs.size()];
    double[] train = new double[epochs.size()];
    double[] validation = new double[epochs.size()];
    for (int i = 0; i < epochs.size(); i++) {
      Row r = epochs.get(i);
      epoch[i] = r.<Integer>getAs("epoch");
      train[i] = r.<Double>getAs("train_loss");
      validation[i] =
          r.isNullAt(r.fieldIndex("val_loss")) ? Double.NaN : r.<Double>getAs("val_loss");
    }
    LineChart chart =
        LineChart.of("Loss per epoch", "epoch", "loss per pixel")
            .integerX()
            .with("train loss", epoch, train)
            .with("validation loss", epoch, validation);
    byte[] png = PngFigures.png(chart, WIDTH, HEIGHT);
    // notebook-cell-end
    return png;
  }

  private static double[] append(double[] values, double value) {
    double[] more = java.util.Arrays.copyOf(values, values.length + 1);
    more[values.length] = value;
    return more;
  }
}
