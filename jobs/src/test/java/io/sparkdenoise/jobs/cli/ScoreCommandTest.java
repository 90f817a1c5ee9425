/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkdenoise.jobs.score.ScoreConfig;
import io.sparkdenoise.jobs.score.ScoreFixtures;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class ScoreCommandTest {
  @TempDir Path dir;

  @Test
  void scoresAModelAndPrintsThePerMethodSummaryAsTheLastLine() throws Exception {
    Path model = ScoreFixtures.modelDir(dir.resolve("model"));
    String images = ScoreFixtures.images(SharedSpark.session(), dir + "/images", 4);
    String pairs = ScoreFixtures.pairs(SharedSpark.session(), images, dir + "/pairs");

    LauncherRun run =
        LauncherRun.of(
            "score",
            "--model",
            model.toString(),
            "--pairs",
            pairs,
            "--output",
            dir + "/metrics",
            "--splits",
            "train,validation,test",
            "--run-id",
            "cli");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(run.lastLine());
    assertThat(summary.get("rows").asLong()).isEqualTo(24);
    assertThat(summary.get("images").asLong()).isEqualTo(4);
    assertThat(summary.get("failed").asLong()).isZero();
    assertThat(summary.get("run_id").asText()).isEqualTo("cli");
    assertThat(summary.get("model_id").asText()).matches("[0-9a-f]{16}");
    assertThat(summary.get("seconds").isNumber()).isTrue();
    assertThat(summary.get("output").asText()).isEqualTo("file:" + dir + "/metrics/run_id=cli");
    JsonNode methods = summary.get("methods");
    assertThat(methods.fieldNames())
        .toIterable()
        .containsExactlyElementsOf(
            List.of("identity", "gaussian_s1", "median3x3", "bg_median21", "sauvola", "model"));
    for (JsonNode method : methods) {
      assertThat(method.get("count").asLong()).isEqualTo(4);
      JsonNode psnr = method.get("psnr_db");
      assertThat(psnr.get("p5").asDouble())
          .isLessThanOrEqualTo(psnr.get("median").asDouble())
          .isLessThanOrEqualTo(psnr.get("p95").asDouble());
      assertThat(method.get("ssim_wang").get("mean").asDouble()).isBetween(-1.0, 1.0);
    }
    assertThat(methods.get("identity").get("psnr_gain_db").asDouble()).isZero();
    // gaussian sigma 25 on smooth images: a 3x3 median removes much of it
    assertThat(methods.get("median3x3").get("psnr_gain_db").asDouble()).isPositive();
  }

  @Test
  void pairsWithTextAndNoLanguageDataStopBeforeAnyWorkWithOneLineAndExitCode1() throws Exception {
    LauncherRun run =
        scoreInAMissingLanguage(ScoreFixtures.pages(SharedSpark.session(), dir + "/pages", 2));

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .startsWith(
            "spark-denoise: OCR needs Tesseract's language data, but there is no"
                + " qqq.traineddata in [")
        .endsWith(
            "install it (Debian: apt-get install tesseract-ocr-qqq) or set TESSDATA_PREFIX"
                + " to the directory holding it");
    assertThat(dir.resolve("metrics")).doesNotExist();
  }

  @Test
  void pairsWithoutTextNeedNoLanguageData() throws Exception {
    LauncherRun run =
        scoreInAMissingLanguage(ScoreFixtures.images(SharedSpark.session(), dir + "/images", 2));

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /** Scores the pairs of {@code images} with OCR in a language whose data is nowhere. */
  private LauncherRun scoreInAMissingLanguage(String images) throws Exception {
    String pairs = ScoreFixtures.pairs(SharedSpark.session(), images, dir + "/pairs");
    return LauncherRun.of(
        "score",
        "--pairs",
        pairs,
        "--output",
        dir + "/metrics",
        "--splits",
        "train,validation,test",
        "--conf",
        ScoreConfig.OCR_LANGUAGE + "=qqq");
  }

  @Test
  void onlyTheTestSplitIsScoredByDefaultAndAnInputWithoutOneStopsInOneLine() throws Exception {
    // two images: one train, one validation
    String images = ScoreFixtures.images(SharedSpark.session(), dir + "/images", 2);
    String pairs = ScoreFixtures.pairs(SharedSpark.session(), images, dir + "/pairs");

    LauncherRun run = LauncherRun.of("score", "--pairs", pairs, "--output", dir + "/metrics");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "spark-denoise: score.splits is 'test' but "
                + pairs
                + " has rows of train, validation only: set score.splits to those");
    assertThat(dir.resolve("metrics")).doesNotExist();
  }

  @Test
  void aBadRunIdIsAOneLineUsageErrorBeforeAnySparkWork() {
    LauncherRun run =
        LauncherRun.of(
            "score", "--pairs", dir + "/p", "--output", dir + "/m", "--run-id", "Nightly");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(run.err())
        .isEqualTo(
            "spark-denoise: score.run-id must be a lower-case letter then up to 63 lower-case"
                + " letters, digits, '-' or '_' (Spark must read it back as a string), got"
                + " 'Nightly'\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anUnknownSettingIsAOneLineUsageErrorNamingTheNearestKnownOne() {
    LauncherRun run =
        LauncherRun.of(
            "score", "--pairs", dir + "/p", "--output", dir + "/m", "--conf", "score.note=x");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(run.err())
        .isEqualTo(
            "spark-denoise: unknown setting score.note (--conf score.note=x): did you mean"
                + " score.noise? reference.conf lists every setting\n");
    assertThat(run.out()).isEmpty();
  }
}
