/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One small demo run (60 glyphs, one epoch), and what it leaves behind. */
@ExtendWith(SharedSpark.class)
class DemoJobTest {
  @TempDir static Path dir;
  private static Path out;
  private static DemoResult result;

  @BeforeAll
  static void runTheDemo() throws Exception {
    out = dir.resolve("demo");
    DemoConfig config =
        DemoConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    DemoConfig.OUTPUT + "=" + out,
                    DemoConfig.IMAGES + "=60",
                    DemoConfig.EPOCHS + "=1")));
    result = DemoJob.run(SharedSpark.session(), config);
  }

  @Test
  void runsEveryStepOnRenderedGlyphsAndMeasuresTheTestSplit() throws Exception {
    assertThat(out.resolve("data/train-images-idx3-ubyte")).isRegularFile();
    assertThat(out.resolve("tables/images/_provenance.json")).isRegularFile();
    assertThat(out.resolve("pairs/_provenance.json")).isRegularFile();
    try (Stream<Path> tables = Files.list(out.resolve("tables"))) {
      // what ingest wrote and nothing else, so that the demo can run again into its directory
      assertThat(tables.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("images", "rejects");
    }
    assertThat(out.resolve("model/model.zip")).isRegularFile();
    assertThat(out.resolve("metrics/run_id=" + DemoJob.RUN_ID)).isDirectory();
    assertThat(result.outputDir()).isEqualTo(out.toString());
    assertThat(result.testImages()).isPositive();
    // Noise of sigma 0.5 on glyphs leaves roughly 9-10 dB; the input must be that noisy.
    assertThat(result.noisyPsnrDb()).isBetween(7.0, 12.0);
    assertThat(result.denoisedPsnrDb()).isFinite();
    assertThat(result.denoisedSsim()).isBetween(-1.0, 1.0);
    assertThat(result.trainImagesPerSecond()).isPositive();
    assertThat(result.summary().keySet())
        .startsWith(
            "noisy_psnr_db",
            "denoised_psnr_db",
            "noisy_ssim",
            "denoised_ssim",
            "train_images_per_s");
  }

  @Test
  void writesTheHtmlReportOfItsScoreRunAndSaysWhere() throws Exception {
    Path report = out.resolve(DemoJob.REPORT_FILE);

    assertThat(result.report()).isEqualTo(report.toString());
    assertThat(result.summary()).containsEntry("report", report.toString());
    assertThat(Files.readString(report))
        .startsWith("<!DOCTYPE html>")
        .contains("spark-denoise run " + DemoJob.RUN_ID)
        .contains("<img");
  }

  @Test
  void renderedDataIsAnIdxPairTheIngestJobRecognises(@TempDir Path glyphs) throws Exception {
    DemoJob.renderGlyphs(glyphs, 25, 3);

    assertThat(Files.size(glyphs.resolve("train-images-idx3-ubyte"))).isEqualTo(16 + 25 * 28 * 28);
    assertThat(Files.size(glyphs.resolve("train-labels-idx1-ubyte"))).isEqualTo(8 + 25);
  }
}
