/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.demo;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.IdxWriter;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.LabeledImage;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.ImageMetrics;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.synth.DocumentPages;
import io.sparkdenoise.core.synth.GlyphImages;
import io.sparkdenoise.core.synth.PageTones;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.denoise.DenoiseConfig;
import io.sparkdenoise.jobs.denoise.DenoiseJob;
import io.sparkdenoise.jobs.ingest.IngestConfig;
import io.sparkdenoise.jobs.ingest.IngestJob;
import io.sparkdenoise.jobs.pairs.PairsConfig;
import io.sparkdenoise.jobs.pairs.PairsJob;
import io.sparkdenoise.jobs.report.ReportConfig;
import io.sparkdenoise.jobs.report.ReportJob;
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
 * -> {@code pairs} -> {@code train} (parameter averaging) -> {@code score} -> {@code report}, each
 * the real job with its own typed config, then the test split's mean PSNR/SSIM of the noisy input
 * and the model. The report ({@value #REPORT_FILE}: curves, histograms, before/after images) is
 * what a newcomer opens to see what the demo did. Last, what archive teams run: one rendered page,
 * damaged by {@value DemoConfig#PAGE_NOISE}, is cleaned by {@code denoise} with the built-in
 * document model, and the clean, damaged and denoised page are left side by side in the output
 * directory.
 */
public final class DemoJob {
  /** The score run id the demo writes. */
  public static final String RUN_ID = "demo";

  private static final Logger LOG = LoggerFactory.getLogger(DemoJob.class);
  private static final int GLYPH_SIZE = 28;
  private static final int PAGE_DPI = 110;
  private static final int PAGE_WIDTH = 540;
  private static final int PAGE_HEIGHT = 420;
  private static final String PAGE_FILE = "page.png";

  /** The HTML report of the score run, in the output directory. */
  public static final String REPORT_FILE = "report.html";

  /** The demo page, clean, in the output directory. */
  public static final String PAGE_CLEAN = "page-clean.png";

  /** The demo page as damaged. */
  public static final String PAGE_DAMAGED = "page-damaged.png";

  /** The demo page as the built-in document model cleaned it. */
  public static final String PAGE_DENOISED = "page-denoised.png";

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
    // beside ingest's output, not in it: a second demo run's ingest finds only its own tables
    String pairs = out.resolve("pairs").toUri().toString();
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
    Path report = report(spark, scored.output(), out);
    PagePsnr page = cleanPage(spark, config, out);
    return summarise(spark, scored.output(), trained, page, report, out);
  }

  /** Writes the HTML report of the score run to {@value #REPORT_FILE} in {@code out}. */
  private static Path report(SparkSession spark, String run, Path out) throws IOException {
    Path report = out.resolve(REPORT_FILE);
    LOG.info("demo: report {}", report);
    ReportJob.run(
        spark,
        ReportConfig.from(
            layers(ReportConfig.RUN, run, ReportConfig.OUTPUT, report.toUri().toString())));
    return report;
  }

  /**
   * Renders, damages and denoises (with the built-in model) the demo's page; the three images land
   * in {@code out} as {@value #PAGE_CLEAN}, {@value #PAGE_DAMAGED} and {@value #PAGE_DENOISED}.
   */
  private static PagePsnr cleanPage(SparkSession spark, DemoConfig config, Path out)
      throws IOException {
    Image clean =
        new DocumentPages(config.seed(), PAGE_DPI, PAGE_WIDTH, PAGE_HEIGHT, PageTones.WHITE)
            .render(0);
    Image damaged =
        NoisePlanner.generate(NoiseSpec.parse(config.pageNoise()), config.seed(), clean).image();
    Path input = out.resolve("page/input");
    Files.createDirectories(input);
    Files.write(input.resolve(PAGE_FILE), ImageCodec.encode(damaged, EncodeOptions.png()));
    Files.write(out.resolve(PAGE_CLEAN), ImageCodec.encode(clean, EncodeOptions.png()));
    Files.write(out.resolve(PAGE_DAMAGED), ImageCodec.encode(damaged, EncodeOptions.png()));
    Path denoised = out.resolve("page/denoised");
    LOG.info("demo: denoise a damaged page with the built-in document model");
    DenoiseJob.run(
        spark,
        DenoiseConfig.from(
            layers(
                DenoiseConfig.INPUT,
                input.toUri().toString(),
                DenoiseConfig.OUTPUT,
                denoised.toUri().toString())));
    byte[] result = Files.readAllBytes(denoised.resolve("files").resolve(PAGE_FILE));
    Files.write(out.resolve(PAGE_DENOISED), result);
    return new PagePsnr(
        ImageMetrics.psnr(clean, read(out.resolve(PAGE_DAMAGED)), 1.0),
        ImageMetrics.psnr(clean, read(out.resolve(PAGE_DENOISED)), 1.0));
  }

  /** A PNG the demo wrote, as its 8-bit samples. */
  private static Image read(Path png) throws IOException {
    try {
      return ImageCodec.decode(Files.readAllBytes(png), png.getFileName().toString())
          .get(0)
          .image();
    } catch (ImageDecodeException e) {
      throw new IllegalStateException("the demo cannot read back its own " + png, e);
    }
  }

  /** The damaged page's PSNR against its clean page, before and after denoising. */
  private record PagePsnr(double before, double after) {}

  private static DemoResult summarise(
      SparkSession spark,
      String metrics,
      TrainResult trained,
      PagePsnr page,
      Path report,
      Path out) {
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
        page.before(),
        page.after(),
        report.toString(),
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
