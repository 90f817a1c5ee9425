/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.model.LearningRateSchedule;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.jobs.config.ConfigLayers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainConfigTest {
  private static TrainConfig config(String... overrides) {
    List<String> all = new ArrayList<>(List.of("train.pairs=/in", "train.output=/out"));
    all.addAll(List.of(overrides));
    return TrainConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  @Test
  void theDefaultsComeFromReferenceConf() {
    TrainConfig config = config();

    assertThat(config.preset()).isEqualTo(Preset.SEED);
    assertThat(config.training().loss()).isEqualTo(Loss.BCE);
    assertThat(config.training().learningRate()).isEqualTo(1e-3);
    assertThat(config.training().schedule()).isEqualTo(LearningRateSchedule.constant());
    assertThat(config.training().seed()).isZero();
    assertThat(config.epochs()).isEqualTo(10);
    assertThat(config.engine()).isEqualTo(Engine.SPARK);
    assertThat(config.averaging())
        .isEqualTo(new Averaging(2, 64, 5, 2, Approach.AUTO, Optional.empty()));
    assertThat(config.validationSplit()).isEqualTo(Split.VALIDATION);
    assertThat(config.validationMaxImages()).isEqualTo(1000);
    assertThat(config.localMaxImages()).isEqualTo(20000);
    assertThat(config.resolved()).containsEntry(TrainConfig.PRESET, "seed");
  }

  @Test
  void aStepScheduleTakesItsFactorAndLength() {
    TrainConfig config =
        config("train.schedule=step", "train.schedule-factor=0.1", "train.schedule-every=3");

    assertThat(config.training().schedule()).isEqualTo(LearningRateSchedule.step(0.1, 3));
  }

  @Test
  void autoIsDirectOnALocalMasterAndExportOnAClusterTheOthersStayAsGiven() {
    assertThat(Approach.AUTO.resolve("local[2]")).isEqualTo(Approach.DIRECT);
    assertThat(Approach.AUTO.resolve("spark://127.0.0.1:7077")).isEqualTo(Approach.EXPORT);
    assertThat(Approach.AUTO.resolve("yarn")).isEqualTo(Approach.EXPORT);
    assertThat(Approach.DIRECT.resolve("yarn")).isEqualTo(Approach.DIRECT);
    assertThat(Approach.EXPORT.resolve("local")).isEqualTo(Approach.EXPORT);
  }

  @Test
  void badValuesAreRefusedNamingKeyAndValue() {
    assertThatThrownBy(() -> config("train.engine=gpu"))
        .hasMessage("train.engine must be one of spark, local, got gpu");
    assertThatThrownBy(() -> config("train.approach=copy"))
        .hasMessage("train.approach must be one of auto, direct, export, got copy");
    assertThatThrownBy(() -> config("train.epochs=0"))
        .hasMessage("train.epochs must be at least 1, got 0");
    assertThatThrownBy(() -> config("train.workers=0"))
        .hasMessage("train.workers must be at least 1, got 0");
    assertThatThrownBy(() -> config("train.schedule=cosine"))
        .hasMessageStartingWith("train.schedule 'cosine' (constant, step, exponential): ");
    assertThatThrownBy(() -> config("train.output=/in"))
        .hasMessage("train.output must differ from train.pairs, both are '/in'");
  }

  @Test
  void aPresetThatCannotTrainWithTheLossIsRefusedBeforeAnyWork() {
    assertThatThrownBy(() -> config("train.preset=dncnn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preset dncnn cannot train with loss bce, only l1, mse");
  }
}
