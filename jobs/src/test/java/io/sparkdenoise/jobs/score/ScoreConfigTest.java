/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.contracts.BuiltInModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreConfigTest {
  private static ScoreConfig config(String... overrides) {
    return ScoreConfig.from(ConfigLayers.load(Optional.empty(), List.of(overrides)));
  }

  @Test
  void aPairsRunHasTheDocumentedDefaults() {
    ScoreConfig config = config("score.pairs=/t/pairs", "score.output=/t/metrics");

    assertThat(config.model()).hasValue(BuiltInModel.NAME);
    assertThat(config.input()).isEqualTo(ScoreInput.pairs("/t/pairs"));
    assertThat(config.runId()).isEmpty();
    assertThat(config.batchSize()).isEqualTo(64);
    assertThat(config.partitions()).isZero();
    assertThat(config.writeImages()).isFalse();
    assertThat(config.baselines())
        .containsExactly("identity", "gaussian_s1", "median3x3", "bg_median21", "sauvola");
    assertThat(config.ocr()).isTrue();
    assertThat(config.ocrLanguage()).isEqualTo("eng");
    assertThat(config.resolved()).containsEntry("score.pairs", "/t/pairs");
  }

  @Test
  void theBaselinesAreKnownNamesIdentityAmongThem() {
    String[] run = {"score.pairs=/p", "score.output=/m"};

    assertThat(config(run[0], run[1], "score.baselines=median3x3,identity,median3x3").baselines())
        .containsExactly("identity", "median3x3");
    assertThatThrownBy(() -> config(run[0], run[1], "score.baselines=identity,otsu"))
        .hasMessage(
            "score.baselines: unknown baseline 'otsu' (known: identity, gaussian_s1, median3x3,"
                + " bg_median21, sauvola)");
    assertThatThrownBy(() -> config(run[0], run[1], "score.baselines=sauvola"))
        .hasMessage(
            "score.baselines must include identity (every method's gain is measured against the"
                + " noisy input), got 'sauvola'");
  }

  @Test
  void theOcrLanguageIsOneTesseractCode() {
    assertThat(
            config("score.pairs=/p", "score.output=/m", "score.ocr-language=chi_sim").ocrLanguage())
        .isEqualTo("chi_sim");
    assertThatThrownBy(
            () -> config("score.pairs=/p", "score.output=/m", "score.ocr-language=eng+deu"))
        .hasMessage(
            "score.ocr-language 'eng+deu': must be one Tesseract language code such as eng or deu"
                + " (letters, digits and _)");
  }

  @Test
  void anImagesRunCarriesItsNoiseAndSeedAndModelNoneMeansNoModel() {
    ScoreConfig config =
        config(
            "score.images=/t/images",
            "score.noise=gaussian:sigma=5..50",
            "score.seed=9",
            "score.model=none",
            "score.output=/t/metrics",
            "score.run-id=nightly-42",
            "score.write-images=true");

    assertThat(config.model()).isEmpty();
    assertThat(config.input().isImages()).isTrue();
    assertThat(config.input().noise().orElseThrow().spec()).hasToString("gaussian:sigma=5..50");
    assertThat(config.input().noise().orElseThrow().seed()).isEqualTo(9);
    assertThat(config.runId()).contains("nightly-42");
    assertThat(config.writeImages()).isTrue();
  }

  @Test
  void exactlyOneInputIsRequiredAndTheNoiseGoesWithImagesOnly() {
    assertThatThrownBy(() -> config("score.output=/m"))
        .hasMessage("set exactly one of score.pairs and score.images, got none");
    assertThatThrownBy(() -> config("score.pairs=/p", "score.images=/i", "score.output=/m"))
        .hasMessage("set exactly one of score.pairs and score.images, got both");
    assertThatThrownBy(
            () -> config("score.pairs=/p", "score.noise=gaussian:sigma=1", "score.output=/m"))
        .hasMessage("score.noise is for score.images only: a pairs table holds its noise");
    assertThatThrownBy(() -> config("score.images=/i", "score.output=/m"))
        .hasMessage("score.images needs a noise spec in score.noise");
    assertThatThrownBy(() -> config("score.images=/i", "score.noise=gaussian", "score.output=/m"))
        .hasMessage(
            "score.noise 'gaussian': bad noise spec component 'gaussian': missing parameter"
                + " 'sigma' for gaussian");
  }

  @Test
  void runIdsMustReadBackAsStringsAndNumbersMustBeInRange() {
    assertThatThrownBy(() -> config("score.pairs=/p", "score.output=/m", "score.run-id=2026"))
        .hasMessage(
            "score.run-id must be a lower-case letter then up to 63 lower-case letters, digits,"
                + " '-' or '_' (Spark must read it back as a string), got '2026'");
    assertThatThrownBy(() -> config("score.pairs=/p", "score.output=/m", "score.batch-size=0"))
        .hasMessage("score.batch-size must be at least 1, got 0");
    assertThatThrownBy(() -> config("score.pairs=/p", "score.output=/m", "score.partitions=-1"))
        .hasMessage("score.partitions must be at least 0, got -1");
    assertThatThrownBy(() -> config("score.pairs=/p", "score.output=/p"))
        .hasMessage("score.output must differ from the input table, both are '/p'");
  }
}
