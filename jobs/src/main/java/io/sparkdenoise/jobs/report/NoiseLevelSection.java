/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import io.sparkdenoise.core.filter.IdentityDenoiser;
import io.sparkdenoise.core.plot.Bins;
import io.sparkdenoise.core.plot.LineChart;
import io.sparkdenoise.core.report.Block;
import io.sparkdenoise.core.report.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Each method's gain over the noisy input (PSNR and SSIM of its output minus those of the noisy
 * input, image by image) against the noise level: for each noise model in the run, the parameters
 * drawn from a range (or its one parameter, when all are fixed), cut into {@value #LEVEL_BINS}
 * equal bins, the mean gain per bin and method.
 */
final class NoiseLevelSection {
  /** The section's id. */
  static final String ID = "noise-levels";

  /** Bins of the noise level. */
  static final int LEVEL_BINS = 8;

  /** The most charts, one per (noise model, parameter). */
  static final int MAX_CHARTS = 6;

  private NoiseLevelSection() {}

  /** A noise parameter of one noise model with its range over the run. */
  record Level(String noiseModel, String parameter, double lower, double upper) {}

  static Section build(Dataset<Row> rows, List<String> methods) {
    Dataset<Row> noisy =
        rows.filter(col("method").equalTo(IdentityDenoiser.NAME))
            .select(
                col("image_id"),
                col("psnr_db").as("noisy_psnr_db"),
                col("ssim_wang").as("noisy_ssim"));
    Dataset<Row> gains =
        rows.filter(col("method").notEqual(IdentityDenoiser.NAME))
            .join(noisy, "image_id")
            .select(
                col("noise_model"),
                col("noise_params"),
                col("method"),
                col("psnr_db").minus(col("noisy_psnr_db")).as("psnr_gain"),
                col("ssim_wang").minus(col("noisy_ssim")).as("ssim_gain"))
            .cache();
    List<Block> blocks = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    List<String> drawn = methods.stream().filter(m -> !m.equals(IdentityDenoiser.NAME)).toList();
    try {
      List<Level> levels = levels(rows);
      for (Level level : levels.subList(0, Math.min(MAX_CHARTS, levels.size()))) {
        chart(gains, level, drawn, blocks, table);
      }
      if (levels.size() > MAX_CHARTS) {
        blocks.add(
            new Block.Note((levels.size() - MAX_CHARTS) + " more noise parameters not drawn."));
      }
    } finally {
      gains.unpersist();
    }
    if (table.isEmpty()) {
      blocks.add(new Block.Note("No noise parameters recorded: nothing to plot against."));
    } else {
      blocks.add(
          new Block.Table(
              "Mean gain over the noisy input per noise level bin",
              List.of(
                  "noise model",
                  "parameter",
                  "level from",
                  "level to",
                  "method",
                  "images",
                  "PSNR gain (dB)",
                  "SSIM gain"),
              table,
              List.of(false, false, true, true, false, true, true, true)));
    }
    return new Section(ID, "Gain against noise level", blocks);
  }

  /** The parameters to plot against, per noise model: those that vary, else the first one. */
  static List<Level> levels(Dataset<Row> rows) {
    List<Row> ranges =
        rows.filter(col("method").equalTo(IdentityDenoiser.NAME))
            .select(col("noise_model"), explode(col("noise_params")).as(new String[] {"k", "v"}))
            .groupBy("noise_model", "k")
            .agg(min("v"), max("v"))
            .orderBy("noise_model", "k")
            .collectAsList();
    Map<String, List<Level>> byModel = new LinkedHashMap<>();
    for (Row r : ranges) {
      byModel
          .computeIfAbsent(r.getString(0), m -> new ArrayList<>())
          .add(new Level(r.getString(0), r.getString(1), r.getDouble(2), r.getDouble(3)));
    }
    List<Level> chosen = new ArrayList<>();
    byModel.forEach(
        (model, params) -> {
          List<Level> varying = params.stream().filter(l -> l.upper() > l.lower()).toList();
          chosen.addAll(varying.isEmpty() ? params.subList(0, 1) : varying);
        });
    return chosen;
  }

  private static void chart(
      Dataset<Row> gains,
      Level level,
      List<String> methods,
      List<Block> blocks,
      List<List<String>> table) {
    Bins bins = Bins.covering(level.lower(), level.upper(), LEVEL_BINS);
    List<Row> perBin =
        gains
            .filter(col("noise_model").equalTo(level.noiseModel()))
            .select(
                col("method"),
                col("psnr_gain"),
                col("ssim_gain"),
                col("noise_params").getItem(level.parameter()).as("level"))
            .filter(col("level").isNotNull())
            .groupBy(col("method"), SparkBins.index(col("level"), bins).as("bin"))
            .agg(count(lit(1)), avg("psnr_gain"), avg("ssim_gain"))
            .orderBy("bin", "method")
            .collectAsList();
    double[] centers = new double[bins.count()];
    for (int i = 0; i < centers.length; i++) {
      centers[i] = bins.center(i);
    }
    Map<String, double[]> psnr = new HashMap<>();
    for (String method : methods) {
      double[] y = new double[bins.count()];
      Arrays.fill(y, Double.NaN);
      psnr.put(method, y);
    }
    for (Row r : perBin) {
      int bin = r.getInt(1);
      double[] y = psnr.get(r.getString(0));
      if (y != null) {
        y[bin] = r.getDouble(3);
      }
      table.add(
          List.of(
              level.noiseModel(),
              level.parameter(),
              Numbers.fixed(bins.lower() + bin * bins.width(), 3),
              Numbers.fixed(bins.lower() + (bin + 1) * bins.width(), 3),
              r.getString(0),
              Long.toString(r.getLong(2)),
              Numbers.signed(r.getDouble(3), 3),
              Numbers.signed(r.getDouble(4), 4)));
    }
    String name = level.noiseModel() + " " + level.parameter();
    LineChart chart = LineChart.of("PSNR gain against " + name, name, "PSNR gain (dB)");
    for (String method : methods) {
      chart = chart.with(method, centers, psnr.get(method));
    }
    blocks.add(
        ReportCharts.figure(
            chart,
            "PSNR gain against " + name,
            "Mean PSNR gain over the noisy input per bin of "
                + name
                + " (bin centres; bins without images are left out)"));
  }
}
