/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class IngestCommandTest {
  @TempDir Path dir;

  @Test
  void ingestPrintsItsCountsAsTheLastStdoutLine() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("gray.png"), SampleFiles.grayPng());
    Files.write(in.resolve("book.tif"), SampleFiles.twoPageLzwTiff());
    Files.write(in.resolve("empty.png"), SampleFiles.empty());
    Path out = dir.resolve("out");

    LauncherRun run =
        LauncherRun.of(
            "ingest", "--input", in.toString(), "--output", out.toString(), "--format", "files");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.lastLine());
    assertThat(json.get("format").asText()).isEqualTo("files");
    assertThat(json.get("inputs").asLong()).isEqualTo(3);
    assertThat(json.get("rows").asLong()).isEqualTo(3);
    assertThat(json.get("rejected").asLong()).isEqualTo(1);
    assertThat(json.get("seconds").asDouble()).isPositive();
    assertThat(json.get("output").asText()).isEqualTo("file:" + out);
    assertThat(SharedSpark.session().sparkContext().isStopped()).isFalse();
  }

  @Test
  void aGlobWithWholePathsInItsBracesIsHadoopsGlobNotHocon() throws Exception {
    for (String box : List.of("box1", "box2")) {
      Files.write(
          Files.createDirectories(dir.resolve(box)).resolve("gray.png"), SampleFiles.grayPng());
    }
    Files.write(dir.resolve("box1/notes.txt"), new byte[] {'x'});
    String glob = "{" + dir.resolve("box1") + "," + dir.resolve("box2") + "}/*.png";

    LauncherRun run = LauncherRun.of("ingest", "--input", glob, "--output", dir + "/out");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.lastLine());
    assertThat(json.get("inputs").asLong()).isEqualTo(2);
    assertThat(json.get("rejected").asLong()).isZero();
  }

  @Test
  void reRunningIntoItsOwnOutputNeedsNoOverwrite() throws Exception {
    Path in = aFolderWithOnePage();
    String out = dir + "/out";

    LauncherRun first = LauncherRun.of("ingest", "--input", in.toString(), "--output", out);
    LauncherRun second = LauncherRun.of("ingest", "--input", in.toString(), "--output", out);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(new ObjectMapper().readTree(second.lastLine()).get("rows").asLong()).isEqualTo(1);
  }

  @Test
  void anOutputHoldingAFileIngestDidNotWriteIsRefusedNamingItAndLeftAlone() throws Exception {
    Path in = aFolderWithOnePage();
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "mine");

    LauncherRun run =
        LauncherRun.of("ingest", "--input", in.toString(), "--output", out.toString());

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(run.err())
        .isEqualTo(
            "spark-denoise: ingest.output file:"
                + out
                + " holds notes.txt, which ingest did not write; choose a new or empty directory,"
                + " or pass --overwrite (ingest.overwrite=true) to write there anyway, replacing"
                + " images/ and rejects/ with everything in them\n");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("notes.txt"));
    }
  }

  @Test
  void aFilePutIntoItsImagesTableIsRefusedUnlessOverwriteIsGiven() throws Exception {
    Path in = aFolderWithOnePage();
    String out = dir + "/out";
    assertThat(LauncherRun.of("ingest", "--input", in.toString(), "--output", out).exitCode())
        .isZero();
    Path mine = Files.writeString(Path.of(out, "images", "notes.txt"), "mine");

    LauncherRun refused = LauncherRun.of("ingest", "--input", in.toString(), "--output", out);
    assertThat(refused.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(refused.err()).contains(" holds images/notes.txt, which ingest did not write;");
    assertThat(mine).exists();

    LauncherRun overwritten =
        LauncherRun.of("ingest", "--input", in.toString(), "--output", out, "--overwrite");
    assertThat(overwritten.exitCode()).as(overwritten.err()).isZero();
    assertThat(mine).doesNotExist();
  }

  private Path aFolderWithOnePage() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("gray.png"), SampleFiles.grayPng());
    return in;
  }

  @Test
  void badSettingsAreOneLineUsageErrors() {
    LauncherRun format =
        LauncherRun.of("ingest", "--input", "x", "--output", "y", "--format", "jpeg");
    LauncherRun split =
        LauncherRun.of(
            "ingest", "--input", "x", "--output", "y", "--conf", "ingest.split.train=0.9");

    assertThat(format.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(format.err())
        .isEqualTo(
            "spark-denoise: ingest.format must be one of auto, files, idx, cifar, parquet;"
                + " got 'jpeg'\n");
    assertThat(split.err())
        .isEqualTo(
            "spark-denoise: split fractions must add up to 1, got train 0.9 + validation 0.1 +"
                + " test 0.1 = 1.1\n");
  }
}
