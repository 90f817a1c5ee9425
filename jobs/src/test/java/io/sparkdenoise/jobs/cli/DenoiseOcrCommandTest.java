/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.jobs.denoise.DenoiseConfig;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class DenoiseOcrCommandTest {
  @TempDir Path dir;

  @Test
  void ocrInALanguageWithoutDataStopsBeforeAnyWorkWithOneLineAndExitCode1() throws Exception {
    Path scans = dir.resolve("scans");
    Files.createDirectories(scans);
    Files.write(
        scans.resolve("page.png"),
        ImageCodec.encode(SyntheticImages.edgyGray("page", 40, 30, 1), EncodeOptions.png()));

    LauncherRun run =
        LauncherRun.of(
            "denoise",
            "--input",
            scans.toString(),
            "--output",
            dir.resolve("out").toString(),
            "--conf",
            DenoiseConfig.OCR + "=true",
            "--conf",
            DenoiseConfig.OCR_LANGUAGE + "=qqq");

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
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
