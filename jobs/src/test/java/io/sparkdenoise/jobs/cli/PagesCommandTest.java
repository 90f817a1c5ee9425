/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class PagesCommandTest {
  @TempDir Path dir;

  @Test
  void rendersThePagesAndPrintsTheSummaryAsTheLastLine() throws Exception {
    LauncherRun run =
        LauncherRun.of(
            "pages",
            "--output",
            dir + "/pages",
            "--count",
            "2",
            "--dpi",
            "72",
            "--paper",
            "letter",
            "--format",
            "tif",
            "--seed",
            "5");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(run.lastLine());
    assertThat(summary.get("pages").asLong()).isEqualTo(2);
    // Letter, 8.5 x 11 in at 72 dpi
    assertThat(summary.get("width").asInt()).isEqualTo(612);
    assertThat(summary.get("height").asInt()).isEqualTo(792);
    assertThat(summary.get("output").asText()).isEqualTo("file:" + dir + "/pages");
    assertThat(dir.resolve("pages/page-000001.tif")).isRegularFile();
  }

  @Test
  void aBadResolutionIsAUsageErrorNamingTheKey() {
    LauncherRun run = LauncherRun.of("pages", "--output", dir + "/pages", "--dpi", "1000");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(run.err()).isEqualTo("spark-denoise: pages.dpi must be in [72, 600], got 1000\n");
    assertThat(dir.resolve("pages")).doesNotExist();
  }
}
