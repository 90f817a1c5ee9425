/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * No job that reads a tree may write its output into it, or read an input from inside its output:
 * {@code ingest}, {@code denoise}, {@code pairs} and {@code score} refuse an output equal to an
 * input or nested in it either way with one line and exit code 2, before they read or write
 * anything.
 */
@ExtendWith(SharedSpark.class)
class NestedOutputsTest {
  private static final String REASON =
      ": the output must lie outside what the job reads, or the next run would read it back";

  @TempDir Path dir;
  private Path archive;

  @BeforeEach
  void anArchiveWithOnePage() throws Exception {
    archive = Files.createDirectories(dir.resolve("archive/box"));
    Files.write(archive.resolve("page.png"), SampleFiles.grayPng());
    archive = archive.getParent();
  }

  @Test
  void ingestRefusesItsInputAsItsOutput() throws IOException {
    LauncherRun run =
        LauncherRun.of("ingest", "--input", archive.toString(), "--output", archive + "/");

    assertRefused(
        run,
        "ingest.output and ingest.input are the same directory, file:" + archive + REASON,
        "choose another ingest.output");
  }

  @Test
  void ingestRefusesAnOutputInsideItsInputGlobsRoot() throws IOException {
    LauncherRun run =
        LauncherRun.of("ingest", "--input", archive + "/*/*.png", "--output", archive + "/tables");

    assertRefused(
        run,
        "ingest.output file:" + archive + "/tables is inside ingest.input file:" + archive + REASON,
        "choose another ingest.output");
  }

  @Test
  void ingestRefusesAnInputInsideItsOutput() throws IOException {
    LauncherRun run =
        LauncherRun.of(
            "ingest", "--input", archive + "/box/page.png", "--output", archive.toString());

    assertRefused(
        run,
        "ingest.input file:"
            + archive
            + "/box/page.png is inside ingest.output file:"
            + archive
            + REASON,
        "choose another ingest.output");
  }

  @Test
  void denoiseRefusesAnOutputInsideItsInput() throws IOException {
    LauncherRun run = denoise("--input", archive.toString(), "--output", archive + "/./denoised");

    assertRefused(
        run,
        "denoise.output file:"
            + archive
            + "/denoised is inside denoise.input file:"
            + archive
            + REASON,
        "choose another denoise.output");
  }

  @Test
  void denoiseRefusesAnInputInsideItsOutput() throws IOException {
    LauncherRun run = denoise("--input", archive + "/box", "--output", archive.toString());

    assertRefused(
        run,
        "denoise.input file:" + archive + "/box is inside denoise.output file:" + archive + REASON,
        "choose another denoise.output");
  }

  @Test
  void denoiseRefusesAnOutputInsideItsReference() throws IOException {
    Path clean = dir.resolve("clean");
    LauncherRun run =
        denoise(
            "--input",
            archive.toString(),
            "--reference",
            clean.toString(),
            "--output",
            clean + "/out");

    assertRefused(
        run,
        "denoise.output file:" + clean + "/out is inside denoise.reference file:" + clean + REASON,
        "choose another denoise.output");
  }

  @Test
  void denoiseAcceptsAnOutputBesideItsInputWhoseNameStartsTheSame() throws IOException {
    LauncherRun run = denoise("--input", archive.toString(), "--output", archive + "-denoised");

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void pairsRefusesAnOutputInsideItsImagesTable() throws IOException {
    LauncherRun run =
        LauncherRun.of(
            "pairs",
            "--images",
            dir + "/tables/images",
            "--noise",
            "gaussian:sigma=25",
            "--output",
            dir + "/tables");

    assertRefused(
        run,
        "pairs.images file:"
            + dir
            + "/tables/images is inside pairs.output file:"
            + dir
            + "/tables"
            + REASON,
        "choose another pairs.output");
  }

  @Test
  void realPairsRefuseAnOutputInsideTheCleanPages() throws IOException {
    LauncherRun run =
        LauncherRun.of(
            "pairs",
            "--noisy",
            archive.toString(),
            "--clean",
            dir + "/clean",
            "--output",
            dir + "/clean/pairs");

    assertRefused(
        run,
        "pairs.output file:"
            + dir
            + "/clean/pairs is inside pairs.clean file:"
            + dir
            + "/clean"
            + REASON,
        "choose another pairs.output");
  }

  @Test
  void scoreRefusesItsPairsTableAsItsOutput() throws IOException {
    LauncherRun run =
        LauncherRun.of("score", "--pairs", dir + "/pairs", "--output", "file://" + dir + "/pairs");

    assertRefused(
        run,
        "score.output and score.pairs are the same directory, file:" + dir + "/pairs" + REASON,
        "choose another score.output");
  }

  private LauncherRun denoise(String... args) {
    List<String> all = new ArrayList<>(List.of("denoise", "--model", "default"));
    all.addAll(List.of(args));
    return LauncherRun.of(all.toArray(String[]::new));
  }

  /** Exit code 2, one line with {@code message} then {@code remedy}, nothing written. */
  private void assertRefused(LauncherRun run, String message, String remedy) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("spark-denoise: " + message + "; " + remedy + "\n");
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile))
          .containsExactly(archive.resolve("box/page.png"));
    }
  }
}
