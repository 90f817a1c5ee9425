/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkdenoise.jobs.compare.CompareConfig;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.train.PairsTables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class CompareCommandTest {
  /** 36 smooth 16 x 16 images, a third in each split: 12 test images. */
  private static final int IMAGES = 36;

  @TempDir Path dir;

  @Test
  void trainsAndScoresEveryPresetAndLossAndReportsThemSideBySide() throws Exception {
    String pairs =
        PairsTables.write(SharedSpark.session(), dir.toString(), IMAGES, "gaussian:sigma=25");
    Path out = dir.resolve("compare");

    LauncherRun run =
        LauncherRun.of(
            "compare",
            "--pairs",
            pairs,
            "--output",
            out.toString(),
            "--presets",
            "seed",
            "--losses",
            "mse,l1",
            "--conf",
            "train.engine=local",
            "--conf",
            "train.epochs=2",
            "--conf",
            "train.batch-size-per-worker=4",
            "--conf",
            "train.learning-rate=0.01",
            "--conf",
            "train.seed=5");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode line = new ObjectMapper().readTree(run.lastLine());
    JsonNode runs = line.get("runs");
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).get("name").asText()).isEqualTo("seed-mse");
    assertThat(runs.get(1).get("name").asText()).isEqualTo("seed-l1");
    for (JsonNode r : runs) {
      assertThat(r.get("preset").asText()).isEqualTo("seed");
      assertThat(r.get("test_images").asLong()).isEqualTo(IMAGES / 3);
      assertThat(r.get("test_psnr_db").asDouble()).isBetween(5.0, 60.0);
      assertThat(r.get("test_ssim").asDouble()).isBetween(-1.0, 1.0);
      assertThat(r.get("epochs").asInt()).isEqualTo(2);
      assertThat(Path.of(r.get("model").asText().replaceFirst("^file:", ""), "model.zip")).exists();
    }
    // the same pairs and noise for both: the noisy input scores the same
    assertThat(runs.get(0).get("noisy_psnr_db").asDouble())
        .isEqualTo(runs.get(1).get("noisy_psnr_db").asDouble());
    String report = line.get("report").asText();
    assertThat(report).endsWith("/compare/report.html");
    String html =
        Files.readString(Path.of(report.replaceFirst("^file:", "")), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<td>seed-mse</td>", "<td>seed-l1</td>", "<td>noisy input</td>")
        .contains("Validation PSNR", "PSNR per method");
    // two curves and two histograms, each an inlined PNG
    assertThat(html.split("<img src=\"data:image/png;base64,", -1)).hasSize(5);
  }

  @Test
  void aCombinationThatCannotTrainIsRefusedBeforeAnyRunAndTrainSettingsAreChecked() {
    assertThatThrownBy(() -> config("compare.presets=seed,dncnn", "compare.losses=mse,bce"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("run dncnn-bce: preset dncnn cannot train with loss bce, only l1, mse");

    LauncherRun typo =
        LauncherRun.of("compare", "--pairs", "/p", "--output", "/o", "--conf", "train.epoch=3");
    assertThat(typo.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(typo.err()).startsWith("spark-denoise: unknown setting train.epoch");
  }

  @Test
  void everyRunTrainsAndIsScoredUnderItsOwnNameWithTheUsersOtherSettings() {
    CompareConfig config =
        config(
            "compare.presets=seed-bn",
            "compare.losses=mse",
            "train.epochs=7",
            "score.batch-size=8");

    CompareConfig.Run run = config.runs().get(0);
    assertThat(run.name()).isEqualTo("seed-bn-mse");
    assertThat(run.train().output()).isEqualTo("/o/models/seed-bn-mse");
    assertThat(run.train().epochs()).isEqualTo(7);
    assertThat(run.score().runId()).contains("seed-bn-mse");
    assertThat(run.score().batchSize()).isEqualTo(8);
    assertThat(run.score().baselines()).containsExactly("identity");
    assertThat(config.report()).isEqualTo("/o/report.html");
  }

  private static CompareConfig config(String... more) {
    List<String> settings = new ArrayList<>(List.of("compare.pairs=/p", "compare.output=/o/"));
    settings.addAll(List.of(more));
    return CompareConfig.from(ConfigLayers.load(Optional.empty(), settings));
  }
}
