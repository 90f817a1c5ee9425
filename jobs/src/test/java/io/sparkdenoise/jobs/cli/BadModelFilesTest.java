/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.model.ModelArchive;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model file that is corrupt, empty, not a zip or hostile stops {@code denoise}, {@code score}
 * and {@code train --init-model} with exit code 1 and one line naming it, and nothing is written
 * outside its directory.
 */
@ExtendWith(SharedSpark.class)
class BadModelFilesTest {
  /**
   * What Spark logs when the launcher runs in a test JVM whose shared session is already running; a
   * launcher run on its own starts its session.
   */
  private static final String SHARED_SESSION_WARNING = "WARN Using an existing Spark session";

  /** An entry that would land two directories above the model's if it were extracted. */
  private static final String ESCAPING_ENTRY = "../../escaped.txt";

  @TempDir Path dir;

  /** Each bad kind of model file, its bytes and the fault its one line names. */
  static Stream<Arguments> badModels() throws IOException {
    byte[] wellFormed = modelZip(List.of(ModelArchive.CONFIGURATION, ModelArchive.COEFFICIENTS));
    return Stream.of(
        Arguments.of(
            "truncated",
            Arrays.copyOf(wellFormed, wellFormed.length / 2),
            "is not a readable zip file"),
        Arguments.of("empty", new byte[0], "is empty, not a model zip"),
        Arguments.of("a PNG", SampleFiles.grayPng(), "is not a readable zip file"),
        Arguments.of(
            "path traversal",
            modelZip(
                List.of(ModelArchive.CONFIGURATION, ModelArchive.COEFFICIENTS, ESCAPING_ENTRY)),
            "holds an entry '" + ESCAPING_ENTRY + "' that no model zip holds"),
        Arguments.of(
            "damaged weights", wellFormed, "cannot be read as a " + Dl4jNetwork.FORMAT + " model"));
  }

  @ParameterizedTest(name = "denoise with a model.zip that is {0}")
  @MethodSource("badModels")
  void denoiseStopsWithOneLineNamingTheModelFile(String kind, byte[] zip, String fault)
      throws Exception {
    Path model = modelDir(zip);
    Path input = Files.createDirectories(dir.resolve("archive"));
    Files.write(input.resolve("page.png"), SampleFiles.grayPng());

    LauncherRun run =
        runLogged(
            "denoise",
            "--model",
            model.toString(),
            "--input",
            input.toString(),
            "--output",
            dir + "/out");

    assertOneLineNaming(run, model.resolve("model.zip"), fault);
    assertThat(dir.resolve("out")).doesNotExist();
    assertNothingWrittenOutside(model);
  }

  @ParameterizedTest(name = "score with a model.zip that is {0}")
  @MethodSource("badModels")
  void scoreStopsWithOneLineNamingTheModelFile(String kind, byte[] zip, String fault)
      throws Exception {
    Path model = modelDir(zip).resolve("model.zip");

    LauncherRun run =
        runLogged(
            "score",
            "--model",
            model.toString(),
            "--pairs",
            dir + "/pairs",
            "--output",
            dir + "/metrics");

    assertOneLineNaming(run, model, fault);
    assertThat(dir.resolve("metrics")).doesNotExist();
    assertNothingWrittenOutside(model.getParent());
  }

  @ParameterizedTest(name = "train --init-model with a model.zip that is {0}")
  @MethodSource("badModels")
  void fineTuningStopsWithOneLineNamingTheModelFile(String kind, byte[] zip, String fault)
      throws Exception {
    Path model = modelDir(zip);

    LauncherRun run =
        runLogged(
            "train",
            "--init-model",
            model.toString(),
            "--pairs",
            dir + "/pairs",
            "--output",
            dir + "/trained");

    assertOneLineNaming(run, model.resolve("model.zip"), fault);
    assertThat(dir.resolve("trained")).doesNotExist();
    assertNothingWrittenOutside(model);
  }

  @ParameterizedTest(name = "{0} with a model directory without a model.zip")
  @ValueSource(strings = {"denoise", "score"})
  void aModelDirectoryWithoutItsZipIsOneLineNamingTheMissingFile(String command) throws Exception {
    Path model = Files.createDirectories(dir.resolve("models").resolve("unfinished"));

    LauncherRun run =
        runLogged(
            command,
            "--model",
            model.toString(),
            command.equals("score") ? "--pairs" : "--input",
            dir + "/in",
            "--output",
            dir + "/out");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(run.err()).isEqualTo("spark-denoise: no such file: file:" + model + "/model.zip\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  /** Runs the launcher, failing if anything is logged at WARN or above besides its line. */
  private static LauncherRun runLogged(String... args) {
    try (LoggedWarnings logged = LoggedWarnings.capture()) {
      LauncherRun run = LauncherRun.of(args);
      assertThat(logged.messages())
          .as("logged besides the one line")
          .allMatch(message -> message.startsWith(SHARED_SESSION_WARNING));
      return run;
    }
  }

  private static void assertOneLineNaming(LauncherRun run, Path zip, String fault) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .startsWith("spark-denoise: file:" + zip)
        .contains(fault);
  }

  /** The model's directory, below this test's, holds its zip and nothing else was made. */
  private void assertNothingWrittenOutside(Path model) throws IOException {
    assertThat(model.getParent()).isEqualTo(dir.resolve("models"));
    try (Stream<Path> files = Files.walk(dir.getParent())) {
      assertThat(files.filter(p -> p.getFileName().toString().equals("escaped.txt"))).isEmpty();
    }
    try (Stream<Path> top = Files.list(dir)) {
      assertThat(top.map(p -> p.getFileName().toString()))
          .allMatch(name -> List.of("models", "archive").contains(name));
    }
  }

  /** A model directory below this test's directory holding {@code zip} as its model.zip. */
  private Path modelDir(byte[] zip) throws IOException {
    Path model = Files.createDirectories(dir.resolve("models").resolve("bad"));
    Files.write(model.resolve("model.zip"), zip);
    return model;
  }

  /** A zip with the given entries, each holding a few bytes that are no network's. */
  private static byte[] modelZip(List<String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(
            (entry.equals(ModelArchive.CONFIGURATION) ? "{\"vertices\":{}}" : "not weights")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
