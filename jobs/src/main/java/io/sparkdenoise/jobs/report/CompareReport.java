/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.sparkdenoise.core.filter.IdentityDenoiser;
import io.sparkdenoise.core.plot.LineChart;
import io.sparkdenoise.core.report.Block;
import io.sparkdenoise.core.report.ReportDocument;
import io.sparkdenoise.core.report.Section;
import io.sparkdenoise.jobs.contracts.MethodSummary;
import io.sparkdenoise.jobs.contracts.MetricsRun;
import io.sparkdenoise.jobs.contracts.ModelDirectory;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One HTML file comparing models trained on the same pairs with the same seed (the {@code compare}
 * command): a table of their test scores, their validation curves on one chart, and their test PSNR
 * and SSIM histograms on one chart each, the noisy input among them. Self-contained as the run
 * report ({@link ReportDocument}), replaced atomically.
 */
public final class CompareReport {
  /** The label of the noisy input in the tables and charts. */
  public static final String NOISY = "noisy input";

  private static final int BINS = 30;

  private CompareReport() {}

  /**
   * One compared model.
   *
   * @param name the run's name, e.g. {@code seed-mse}; its run id in the metrics table
   * @param preset the network's preset
   * @param loss the training loss
   * @param model the URI of the model's directory (a train output: model.zip, history)
   * @param metrics the URI of its score run's partition of the metrics table
   * @param scores the model's test scores
   * @param noisy the noisy input's scores on the same images
   * @param epochs the epochs trained
   * @param bestEpoch the epoch whose model was kept (the best with early stopping, else the last)
   * @param trainSeconds the training's wall time
   */
  public record Run(
      String name,
      String preset,
      String loss,
      String model,
      String metrics,
      MethodSummary scores,
      MethodSummary noisy,
      int epochs,
      int bestEpoch,
      double trainSeconds) {
    /** Checks the fields are present. */
    public Run {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(scores, "scores");
      Objects.requireNonNull(noisy, "noisy");
    }
  }

  /**
   * Writes the comparison of {@code runs} to {@code output} (an {@code .html} URI on any Hadoop
   * file system); {@code facts} (e.g. the pairs table and the code revision) head it.
   */
  public static Path write(
      SparkSession spark, String output, List<Run> runs, Map<String, String> facts)
      throws IOException {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a comparison needs at least one run");
    }
    List<Section> sections =
        List.of(
            summary(runs, facts),
            curves(spark, runs),
            DistributionSection.build(testRows(spark, runs), names(runs), BINS));
    String html =
        new ReportDocument(
                "spark-denoise comparison of " + runs.size() + " models",
                runs.get(0).noisy().count()
                    + " test images, the same pairs and seed for every model",
                sections,
                "Made by spark-denoise compare at " + Instant.now())
            .html();
    return ReportFiles.write(spark, output, html);
  }

  private static Section summary(List<Run> runs, Map<String, String> facts) {
    List<List<String>> rows = new ArrayList<>();
    Run first = runs.get(0);
    rows.add(
        List.of(
            NOISY,
            "",
            "",
            Numbers.fixed(first.noisy().psnr().mean(), 2),
            "",
            Numbers.fixed(first.noisy().ssim().mean(), 4),
            "",
            "",
            ""));
    for (Run r : runs) {
      rows.add(
          List.of(
              r.name(),
              r.preset(),
              r.loss(),
              Numbers.fixed(r.scores().psnr().mean(), 2),
              Numbers.signed(r.scores().psnrGainDb(), 2),
              Numbers.fixed(r.scores().ssim().mean(), 4),
              Numbers.signed(r.scores().ssimGain(), 4),
              r.bestEpoch() + " of " + r.epochs(),
              Numbers.fixed(r.trainSeconds(), 0)));
    }
    Map<String, String> all = new LinkedHashMap<>(facts);
    all.put("Test images", Long.toString(first.noisy().count()));
    return new Section(
        "summary",
        "Test scores",
        List.of(
            new Block.Facts(all),
            new Block.Table(
                "Mean PSNR (dB) and SSIM (Wang) on the test split, gains over the noisy input",
                List.of(
                    "model",
                    "preset",
                    "loss",
                    "PSNR",
                    "PSNR gain",
                    "SSIM",
                    "SSIM gain",
                    "epoch kept",
                    "train s"),
                rows,
                List.of(false, false, false, true, true, true, true, true, true))));
  }

  private static Section curves(SparkSession spark, List<Run> runs) {
    LineChart psnr = LineChart.of("Validation PSNR", "epoch", "PSNR (dB)").integerX();
    LineChart ssim = LineChart.of("Validation SSIM", "epoch", "SSIM").integerX();
    List<Block> blocks = new ArrayList<>();
    for (Run r : runs) {
      String history = r.model() + "/" + ModelDirectory.HISTORY_DIR;
      List<Row> epochs;
      try {
        epochs = TrainingSection.read(spark, history);
      } catch (IOException | RuntimeException e) {
        blocks.add(new Block.Note(r.name() + ": cannot read " + history + ": " + e.getMessage()));
        continue;
      }
      double[] epoch = TrainingSection.column(epochs, "epoch");
      psnr = psnr.with(r.name(), epoch, TrainingSection.column(epochs, "val_psnr_db"));
      ssim = ssim.with(r.name(), epoch, TrainingSection.column(epochs, "val_ssim"));
    }
    blocks.add(
        ReportCharts.figure(
            psnr, "Validation PSNR", "Mean validation PSNR after each epoch, one line per model"));
    blocks.add(
        ReportCharts.figure(
            ssim, "Validation SSIM", "Mean validation SSIM after each epoch, one line per model"));
    return new Section("training", "Training curves", blocks);
  }

  /** The test rows of every model, named by run, and the noisy input's once. */
  private static Dataset<Row> testRows(SparkSession spark, List<Run> runs) {
    Dataset<Row> rows = null;
    for (Run r : runs) {
      Dataset<Row> model =
          spark
              .read()
              .parquet(r.metrics())
              .filter(col("method").equalTo(MetricsRun.MODEL_METHOD))
              .select(lit(r.name()).as("method"), col("psnr_db"), col("ssim_wang"));
      rows = rows == null ? model : rows.union(model);
    }
    Dataset<Row> noisy =
        spark
            .read()
            .parquet(runs.get(0).metrics())
            .filter(col("method").equalTo(IdentityDenoiser.NAME))
            .select(lit(NOISY).as("method"), col("psnr_db"), col("ssim_wang"));
    return noisy.union(rows);
  }

  private static List<String> names(List<Run> runs) {
    List<String> names = new ArrayList<>(List.of(NOISY));
    runs.forEach(r -> names.add(r.name()));
    return names;
  }
}
