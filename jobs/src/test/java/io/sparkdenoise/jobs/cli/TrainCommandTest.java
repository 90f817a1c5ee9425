/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.train.PairsTables;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class TrainCommandTest {
  @TempDir Path dir;

  @Test
  void trainsAndPrintsTheLastEpochAsTheLastLine() throws Exception {
    String pairs =
        PairsTables.write(SharedSpark.session(), dir.toString(), 12, "gaussian:sigma=10");

    LauncherRun run =
        LauncherRun.of(
            "train",
            "--pairs",
            pairs,
            "--output",
            dir + "/model",
            "--preset",
            "seed",
            "--engine",
            "spark",
            "--conf",
            "train.epochs=1",
            "--conf",
            "train.batch-size-per-worker=2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(run.lastLine());
    assertThat(summary.get("epochs").asInt()).isEqualTo(1);
    assertThat(summary.get("train_images").asLong()).isEqualTo(4);
    assertThat(summary.get("images_per_s").asDouble()).isPositive();
    assertThat(summary.get("val_psnr_db").isNumber()).isTrue();
    assertThat(summary.get("val_ssim").asDouble()).isBetween(-1.0, 1.0);
    assertThat(summary.get("seconds").asDouble()).isPositive();
    assertThat(summary.get("output").asText()).isEqualTo("file:" + dir + "/model");
    assertThat(Files.exists(dir.resolve("model/model.zip"))).isTrue();
  }

  @Test
  void anUnknownEngineIsAOneLineUsageErrorBeforeAnySparkWork() {
    LauncherRun run =
        LauncherRun.of(
            "train", "--pairs", dir + "/in", "--output", dir + "/out", "--engine", "gpu");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(run.err())
        .isEqualTo("spark-denoise: train.engine must be one of spark, local, got gpu\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void imagesWithoutNoiseAndBothInputsAreOneLineUsageErrors() {
    LauncherRun noNoise =
        LauncherRun.of("train", "--images", dir + "/img", "--output", dir + "/out", "--resume");
    LauncherRun both =
        LauncherRun.of(
            "train",
            "--pairs",
            dir + "/in",
            "--images",
            dir + "/img",
            "--noise",
            "gaussian:sigma=25",
            "--output",
            dir + "/out");

    assertThat(noNoise.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(noNoise.err())
        .isEqualTo("spark-denoise: train.images needs a noise spec in train.noise\n");
    assertThat(both.err())
        .isEqualTo("spark-denoise: set exactly one of train.pairs and train.images, got both\n");
  }
}
