/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.demo;

import io.sparkdenoise.core.codec.IdxWriter;
import io.sparkdenoise.core.codec.LabeledImage;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.synth.GlyphImages;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.ingest.IngestConfig;
import io.sparkdenoise.jobs.ingest.IngestJob;
import io.sparkdenoise.jobs.pairs.PairsConfig;
import io.sparkdenoise.jobs.pairs.PairsJob;
import io.sparkdenoise.jobs.score.ScoreConfig;
import io.sparkdenoise.jobs.score.ScoreJob;
import io.sparkdenoise.jobs.score.ScoreResult;
import io.sparkdenoise.jobs.train.TrainConfig;
import io.sparkdenoise.jobs.train.TrainJob;
import io.sparkdenoise.jobs.train.TrainResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo, end to end in one session: render glyphs (unless IDX data is given) -> {@code ingest}
 * -> {@code pairs} -> {@code train} (parameter averaging) -> {@code score}, each the real job with
 * its own typed config, then the test split's mean PSNR/SSIM of the noisy input and the model.
 */
public final class DemoJob {
  /** The score run id the demo writes. */
  public static final String RUN_ID = "demo";

  private static final Logger LOG = LoggerFactory.getLogger(DemoJob.class);
  private static final int GLYPH_SIZE = 28;

  private DemoJob() {}

  /** Runs every step and measures the result. */
  public static DemoResult run(SparkSession spark, DemoConfig config) throws IOException {
    Path out = config.output().toAbsolutePath();
    Path data = config.data().orElse(out.resolve("data"));
    if (config.data().isEmpty()) {
      renderGlyphs(data, config.images(), config.seed());
    }
    String tables = out.resolve("tables").toUri().toString();
    String model = out.resolve("model").toUri().toString();
    LOG.info("demo: ingest {}", data);
    IngestJob.run(
        spark,
        IngestConfig.from(
            layers(IngestConfig.INPUT, data.toString(), IngestConfig.OUTPUT, tables)));
    LOG.info("demo: pairs with noise {}", config.noise());
    String pairs = tables + "/pairs";
    PairsJob.run(
        spark,
        PairsConfig.from(
            layers(
                PairsConfig.IMAGES,
                tables + "/images",
                PairsConfig.OUTPUT,
                pairs,
                PairsConfig.NOISE,
                config.noise(),
                PairsConfig.SEED,
                Long.toString(config.seed()))));
    LOG.info("demo: train {} epochs", config.epochs());
    TrainResult trained =
        TrainJob.run(
            spark,
            TrainConfig.from(
                layers(
                    TrainConfig.PAIRS,
                    pairs,
                    TrainConfig.OUTPUT,
                    model,
                    TrainConfig.EPOCHS,
                    Integer.toString(config.epochs()),
                    TrainConfig.SEED,
                    Long.toString(config.seed()))));
    LOG.info("demo: score");
    ScoreResult scored =
        ScoreJob.run(
            spark,
            ScoreConfig.from(
                layers(
                    ScoreConfig.MODEL, model,
                    ScoreConfig.PAIRS, pairs,
                    ScoreConfig.OUTPUT, out.resolve("metrics").toUri().toString(),
                    ScoreConfig.RUN_ID, RUN_ID)));
    return summarise(spark, scored.output(), trained, out);
  }

  private static DemoResult summarise(
      SparkSession spark, String metrics, TrainResult trained, Path out) {
    spark.read().parquet(metrics).createOrReplaceTempView("demo_metrics");
    List<Row> rows =
        spark
            .sql(
                "SELECT method, avg(psnr_db), avg(ssim_wang), count(*) FROM demo_metrics"
                    + " WHERE split = 'test' AND method IN ('identity', 'model') GROUP BY method")
            .collectAsList();
    spark.catalog().dropTempView("demo_metrics");
    Row noisy = byMethod(rows, "identity");
    Row denoised = byMethod(rows, "model");
    return new DemoResult(
        noisy.getDouble(1),
        denoised.getDouble(1),
        noisy.getDouble(2),
        denoised.getDouble(2),
        trained.last().imagesPerSecond(),
        noisy.getLong(3),
        out.toString());
  }

  private static Row byMethod(List<Row> rows, String method) {
    return rows.stream()
        .filter(r -> method.equals(r.getString(0)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no test rows for method " + method));
  }

  /**
   * Writes {@code count} 28x28 glyph images (images {@code 0..count-1} of {@link GlyphImages} with
   * {@code seed}) and their labels as the IDX files {@code train-images-idx3-ubyte} and {@code
   * train-labels-idx1-ubyte} into {@code dir}, which is created if needed; the demo's data and the
   * launcher's {@code glyphs} command.
   */
  public static void renderGlyphs(Path dir, int count, long seed) throws IOException {
    GlyphImages glyphs = new GlyphImages(seed, GLYPH_SIZE);
    List<Image> images = new ArrayList<>(count);
    int[] labels = new int[count];
    for (int i = 0; i < count; i++) {
      LabeledImage glyph = glyphs.render(i);
      images.add(glyph.image());
      labels[i] = glyph.label();
    }
    Files.createDirectories(dir);
    try (OutputStream o = Files.newOutputStream(dir.resolve("train-images-idx3-ubyte"))) {
      IdxWriter.writeImages(images, o);
    }
    try (OutputStream o = Files.newOutputStream(dir.resolve("train-labels-idx1-ubyte"))) {
      IdxWriter.writeLabels(labels, o);
    }
  }

  private static ConfigReader layers(String... keyValues) {
    List<String> overrides = new ArrayList<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      overrides.add(keyValues[i] + "=" + keyValues[i + 1]);
    }
    return ConfigLayers.load(Optional.empty(), overrides);
  }
}
