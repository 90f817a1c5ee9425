/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkdenoise.jobs.pairs.ImagesTables;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class PairsCommandTest {
  @TempDir Path dir;

  @Test
  void writesThePairsOfTheChosenSplitsAndPrintsTheSummaryAsTheLastLine() throws Exception {
    String images =
        ImagesTables.write(
            SharedSpark.session(),
            dir + "/images",
            ImagesTables.rows(6, i -> ImagesTables.flatGray()),
            1);

    LauncherRun run =
        LauncherRun.of(
            "pairs",
            "--images",
            images,
            "--output",
            dir + "/pairs",
            "--noise",
            "gaussian:sigma=5..50",
            "--seed",
            "4",
            "--splits",
            "train,test");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(run.lastLine());
    assertThat(summary.get("images").asLong()).isEqualTo(4);
    assertThat(summary.get("pairs").asLong()).isEqualTo(4);
    assertThat(summary.get("failed").asLong()).isZero();
    assertThat(summary.get("seconds").isNumber()).isTrue();
    assertThat(summary.get("output").asText()).isEqualTo("file:" + dir + "/pairs");
    assertThat(summary.get("noise_spec").asText()).isEqualTo("gaussian:sigma=5..50");
    assertThat(summary.get("seed").asLong()).isEqualTo(4);
    // rows 0..5 are in train, validation, test, train, validation, test
    assertThat(SharedSpark.session().read().parquet(dir + "/pairs").select("split").collectAsList())
        .extracting(row -> row.getString(0))
        .containsExactlyInAnyOrder("train", "train", "test", "test");
  }

  @Test
  void aBadSpecIsAOneLineUsageErrorBeforeAnySparkWork() {
    LauncherRun run =
        LauncherRun.of(
            "pairs", "--images", dir + "/in", "--output", dir + "/out", "--noise", "gaussian");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(run.err())
        .isEqualTo(
            "spark-denoise: pairs.noise 'gaussian': bad noise spec component 'gaussian': missing"
                + " parameter 'sigma' for gaussian\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingImagesTableIsAnInputError() {
    LauncherRun run =
        LauncherRun.of(
            "pairs",
            "--images",
            dir + "/nowhere",
            "--output",
            dir + "/out",
            "--noise",
            "gaussian:sigma=5");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(run.err()).isEqualTo("spark-denoise: no such file: " + dir + "/nowhere\n");
  }
}
