/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.model.TrainingOptions;
import io.sparkdenoise.core.provenance.Platform;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code model --summary}: the layers, parameters, receptive field and work of the built-in model,
 * of a model directory (with how it was trained) and of a bare model.zip; a bad model is one line
 * and exit code 1.
 */
@ExtendWith(SharedSpark.class)
class ModelCommandTest {
  private static final Path GOLDEN_HISTORY = Path.of("src/test/resources/golden/history-v2");
  private static final String PAIRS_NOISE = "gaussian:sigma=25";

  @TempDir Path dir;
  private Dl4jNetwork seed;
  private Path modelDir;

  @BeforeEach
  void seedModelDirectory() throws IOException {
    seed = Preset.SEED.build(TrainingOptions.of(Loss.MSE, 1));
    modelDir = Files.createDirectories(dir.resolve("model"));
    seed.save(modelDir.resolve("model.zip"));
    Path pairs = Files.createDirectories(dir.resolve("pairs"));
    write(
        pairs.resolve("_provenance.json"), provenance("pairs", Map.of("pairs.noise", PAIRS_NOISE)));
    write(
        modelDir.resolve("_provenance.json"),
        provenance(
            "train",
            Map.of(
                "train.preset", "seed",
                "train.loss", "mse",
                "train.epochs", "3",
                "train.pairs", pairs.toUri().toString())));
    Path history = Files.createDirectories(modelDir.resolve("history"));
    try (Stream<Path> parts = Files.list(GOLDEN_HISTORY)) {
      for (Path part : parts.toList()) {
        Files.copy(part, history.resolve(part.getFileName()));
      }
    }
  }

  @Test
  void theSeedPresetHasTwelveThousandOneHundredNinetyThreeParameters() throws Exception {
    JsonNode summary = json("model", "--summary", modelDir.toString(), "--json");

    assertThat(summary.get("preset").asText()).isEqualTo("seed");
    assertThat(summary.get("parameters").asLong()).isEqualTo(12_193);
    long layerParameters = 0;
    for (JsonNode layer : summary.get("layers")) {
      layerParameters += layer.get("parameters").asLong();
    }
    assertThat(layerParameters).isEqualTo(12_193);
  }

  @Test
  void theJsonObjectHoldsTheDocumentedKeys() throws Exception {
    JsonNode summary = json("model", "--summary", modelDir.toString(), "--json");

    assertThat(summary.fieldNames())
        .toIterable()
        .contains(
            "preset",
            "parameters",
            "input_channels",
            "output_channels",
            "receptive_field_px",
            "macs_per_pixel",
            "layers");
    assertThat(summary.get("input_channels").asInt()).isEqualTo(1);
    assertThat(summary.get("output_channels").asInt()).isEqualTo(1);
    assertThat(summary.get("input_size").asText()).isEqualTo("64x64");
    JsonNode first = summary.get("layers").get(0);
    assertThat(first.get("name").asText()).isEqualTo("conv1");
    assertThat(first.get("output_shape").toString()).isEqualTo("[32,64,64]");
  }

  @Test
  void theReceptiveFieldIsTheWindowAcrossThePresetsReceptiveRadius() throws Exception {
    JsonNode summary = json("model", "--summary", modelDir.toString(), "--json");

    assertThat(summary.get("receptive_field_px").asInt())
        .isEqualTo(2 * seed.receptiveRadius() + 1)
        .isEqualTo(39);
  }

  @Test
  void shapesAndWorkAreGivenForTheInputSizeAsked() throws Exception {
    JsonNode summary =
        json("model", "--summary", modelDir.toString(), "--input-size", "32x48", "--json");

    assertThat(summary.get("input_size").asText()).isEqualTo("32x48");
    assertThat(summary.get("layers").get(1).get("output_shape").toString()).isEqualTo("[32,16,24]");
    // seed: 3,024 multiply-adds per pixel whatever the size (ModelSummaryTest works it out)
    assertThat(summary.get("macs_per_pixel").asDouble()).isEqualTo(3024.0);
  }

  @Test
  void theTrainingRecordGivesDataNoiseEpochsAndTheBestValidationPsnr() throws Exception {
    double best =
        SharedSpark.session()
            .read()
            .parquet(GOLDEN_HISTORY.toString())
            .agg(functions.max("val_psnr_db"))
            .first()
            .getDouble(0);

    JsonNode training = json("model", "--summary", modelDir.toString(), "--json").get("training");

    assertThat(training.get("data").asText()).isEqualTo(dir.resolve("pairs").toUri().toString());
    assertThat(training.get("noise").asText()).isEqualTo(PAIRS_NOISE);
    assertThat(training.get("started_from").asText()).isEqualTo(TrainingRecord.RANDOM_WEIGHTS);
    assertThat(training.get("epochs").asInt()).isEqualTo(3);
    assertThat(training.get("best_validation_psnr_db").asDouble()).isEqualTo(best);
  }

  @Test
  void theBuiltInModelIsSummarisedByItsName() throws Exception {
    JsonNode summary = json("model", "--summary", "default", "--json");

    assertThat(summary.get("model").asText()).isEqualTo("builtin:document-default");
    assertThat(summary.get("preset").asText()).isEqualTo("document");
    assertThat(summary.get("parameters").asLong()).isPositive();
    assertThat(summary.get("receptive_field_px").asInt()).isOdd().isGreaterThan(39);
    JsonNode training = summary.get("training");
    // refined from an earlier model, half of whose weights it kept
    // (bench/train-default-document-model.sh's last stage)
    assertThat(training.get("started_from").asText())
        .isNotEqualTo(TrainingRecord.RANDOM_WEIGHTS)
        .endsWith("(0.5 of its weights kept)");
    assertThat(training.get("epochs").asInt()).isPositive();
    assertThat(training.get("best_epoch").asInt()).isBetween(1, training.get("epochs").asInt());
    assertThat(training.get("best_validation_psnr_db").asDouble()).isGreaterThan(20);
  }

  @Test
  void aBareModelZipHasNoTrainingRecord() throws Exception {
    Path bare = Files.createDirectories(dir.resolve("bare"));
    seed.save(bare.resolve("seed.zip"));

    JsonNode summary = json("model", "--summary", bare.resolve("seed.zip").toString(), "--json");

    assertThat(summary.get("parameters").asLong()).isEqualTo(12_193);
    assertThat(summary.get("preset").isNull()).isTrue();
    assertThat(summary.get("training").get("best_validation_psnr_db").isNull()).isTrue();
  }

  @Test
  void theTextSummaryNamesTheInputSizeParametersAndReceptiveField() {
    LauncherRun run = LauncherRun.of("model", "--summary", modelDir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("for a 64x64 input")
        .containsPattern("parameters\\s+12,193")
        .containsPattern("receptive field\\s+39 px")
        .containsPattern("multiply-adds\\s+3,024 per pixel")
        .containsPattern("noise\\s+" + PAIRS_NOISE)
        .containsPattern("best validation\\s+\\d+\\.\\d\\d dB PSNR \\(epoch \\d+\\)");
  }

  @Test
  void aBadModelFileIsOneLineAndExitCodeOne() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.zip"), "not a zip");

    LauncherRun run = LauncherRun.of("model", "--summary", bad.toString());

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(run.err().strip()).doesNotContain("\n").contains(bad.getFileName().toString());
  }

  @Test
  void aMissingModelIsOneLineAndExitCodeOne() {
    LauncherRun run = LauncherRun.of("model", "--summary", dir.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(run.err().strip()).startsWith("spark-denoise: no such file: ").doesNotContain("\n");
  }

  @Test
  void aMalformedInputSizeIsAUsageError() {
    LauncherRun run =
        LauncherRun.of("model", "--summary", modelDir.toString(), "--input-size", "64by64");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(run.err()).contains("--input-size must be HxW or N in pixels, e.g. 64x64");
  }

  private static JsonNode json(String... args) throws IOException {
    LauncherRun run = LauncherRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip().lines()).hasSize(1);
    return new ObjectMapper().readTree(run.lastLine());
  }

  private static String provenance(String job, Map<String, String> config) {
    return new Provenance(
            "0123abcd",
            job,
            new TreeMap<>(config),
            new TreeMap<>(),
            List.of(),
            Platform.current(),
            new TreeMap<>(),
            Instant.parse("2026-01-01T00:00:00Z"))
        .toJson();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
