/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.model.LearningRateSchedule;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.OutputActivation;
import io.sparkdenoise.core.model.PixelWeights;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.core.training.Augmentation;
import io.sparkdenoise.core.training.EarlyStopping;
import io.sparkdenoise.core.training.Monitor;
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
        .isEqualTo(new Averaging(2, 64, 5, 2, Approach.EXPORT, Optional.empty()));
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
  void theApproachIsExportUnlessDirectIsAsked() {
    assertThat(config().averaging().approach()).isEqualTo(Approach.EXPORT);
    assertThat(config("train.approach=direct").averaging().approach()).isEqualTo(Approach.DIRECT);
  }

  @Test
  void theLossCountsEveryPixelTheSameUnlessWeightsAreGiven() {
    assertThat(config().lossWeights()).isEqualTo(PixelWeights.UNIFORM);
    assertThat(config("train.loss-weights.ink=4", "train.loss-weights.edge=8").lossWeights())
        .isEqualTo(new PixelWeights(4, 8));
  }

  @Test
  void badValuesAreRefusedNamingKeyAndValue() {
    assertThatThrownBy(() -> config("train.engine=gpu"))
        .hasMessage("train.engine must be one of spark, local, got gpu");
    assertThatThrownBy(() -> config("train.approach=copy"))
        .hasMessage("train.approach must be one of direct, export, got copy");
    assertThatThrownBy(() -> config("train.epochs=0"))
        .hasMessage("train.epochs must be at least 1, got 0");
    assertThatThrownBy(() -> config("train.epochs=many"))
        .hasMessage("train.epochs must be an integer, got 'many'");
    assertThatThrownBy(() -> config("train.auto-epochs.max=0"))
        .hasMessage("train.auto-epochs.max must be at least 1, got 0");
    assertThatThrownBy(() -> config("train.workers=0"))
        .hasMessage("train.workers must be at least 1, got 0");
    assertThatThrownBy(() -> config("train.schedule=cosine"))
        .hasMessageStartingWith("train.schedule 'cosine' (constant, step, exponential): ");
    assertThatThrownBy(() -> config("train.loss-weights.ink=-1"))
        .hasMessage("train.loss-weights.ink must be at least 0, got -1.0");
    assertThatThrownBy(() -> config("train.loss-weights.edge=-2"))
        .hasMessage("train.loss-weights.edge must be at least 0, got -2");
    assertThatThrownBy(() -> config("train.output=/in"))
        .hasMessage("train.output must differ from train.pairs, both are '/in'");
  }

  @Test
  void theOutputActivationIsTheLossesUsualOneUnlessChosen() {
    assertThat(config().training().output()).isEqualTo(OutputActivation.SIGMOID);
    assertThat(config("train.loss=mse").training().output())
        .isEqualTo(OutputActivation.LINEAR_CLIP);
    assertThat(config("train.loss=mse", "train.output-activation=sigmoid").training().output())
        .isEqualTo(OutputActivation.SIGMOID);
    assertThatThrownBy(() -> config("train.output-activation=linear-clip"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "train.output-activation is linear-clip but train.loss bce needs the sigmoid (its"
                + " outputs are probabilities)");
    assertThatThrownBy(() -> config("train.loss=mse", "train.output-activation=tanh"))
        .hasMessage(
            "train.output-activation 'tanh': output must be one of sigmoid, linear-clip, got tanh");
    assertThatThrownBy(
            () ->
                config(
                    "train.preset=document", "train.loss=mse", "train.output-activation=sigmoid"))
        .hasMessageContaining("its output can only be linear-clip, got sigmoid");
  }

  @Test
  void aPresetThatCannotTrainWithTheLossIsRefusedBeforeAnyWork() {
    assertThatThrownBy(() -> config("train.preset=dncnn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preset dncnn cannot train with loss bce, only l1, mse");
  }

  @Test
  void theNewFeaturesAreOffByDefault() {
    TrainConfig config = config();

    assertThat(config.input()).isEqualTo(new TrainInput("/in", Optional.empty()));
    assertThat(config.training().dropout()).isZero();
    assertThat(config.augmentation().enabled()).isFalse();
    assertThat(config.earlyStopping().enabled()).isFalse();
    assertThat(config.checkpointing()).isEqualTo(new Checkpointing(Optional.empty(), 0, 2, false));
    assertThat(config.checkpointing().directory("/out/")).isEqualTo("/out-checkpoints");
  }

  @Test
  void imagesNeedNoiseAndExcludePairs() {
    TrainConfig images =
        TrainConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    "train.images=/img",
                    "train.noise=gaussian:sigma=25",
                    "train.noise-seed=4",
                    "train.output=/out")));

    assertThat(images.input().isImages()).isTrue();
    assertThat(images.input().noise().get().seed()).isEqualTo(4);
    assertThatThrownBy(() -> config("train.images=/img"))
        .hasMessage("set exactly one of train.pairs and train.images, got both");
    assertThatThrownBy(() -> config("train.noise=gaussian"))
        .hasMessage("train.noise is for train.images only: a pairs table holds its noise");
    assertThatThrownBy(
            () ->
                TrainConfig.from(
                    ConfigLayers.load(
                        Optional.empty(), List.of("train.images=/img", "train.output=/out"))))
        .hasMessage("train.images needs a noise spec in train.noise");
  }

  @Test
  void theNewSettingsAreCheckedNamingKeyAndValue() {
    assertThatThrownBy(() -> config("train.dropout=1"))
        .hasMessage("train.dropout must be in [0, 1), got 1.0");
    assertThatThrownBy(() -> config("train.early-stop.patience=-1"))
        .hasMessage("train.early-stop.patience must be at least 0, got -1");
    assertThatThrownBy(() -> config("train.early-stop.metric=psnr"))
        .hasMessage(
            "train.early-stop.metric: the early-stopping metric must be one of val-loss,"
                + " val-psnr, val-ssim, got psnr");
    assertThatThrownBy(() -> config("train.checkpoint.keep=0"))
        .hasMessage("train.checkpoint.keep must be at least 1, got 0");
    assertThatThrownBy(() -> config("train.checkpoint.dir=/out/ckpt"))
        .hasMessage(
            "train.checkpoint.dir must be outside train.output (the output is replaced when the"
                + " run commits), got '/out/ckpt'");
  }

  @Test
  void dropoutAugmentationAndEarlyStoppingReachTheirOptions() {
    TrainConfig config =
        config(
            "train.dropout=0.2",
            "train.augment=true",
            "train.seed=9",
            "train.early-stop.metric=val-psnr",
            "train.early-stop.patience=3",
            "train.early-stop.min-delta=0.05",
            "train.checkpoint.every=2",
            "train.resume=true");

    assertThat(config.training().dropout()).isEqualTo(0.2);
    assertThat(config.augmentation()).isEqualTo(new Augmentation(true, 9));
    assertThat(config.earlyStopping()).isEqualTo(new EarlyStopping(Monitor.VAL_PSNR, 3, 0.05));
    assertThat(config.checkpointing().every()).isEqualTo(2);
    assertThat(config.checkpointing().resume()).isTrue();
  }

  @Test
  void aFineTuneTakesTheFineTuneDefaultsForWhatTheUserDidNotSet() {
    TrainConfig tuning = config("train.init-model=default");

    assertThat(tuning.initModel()).hasValue("default");
    assertThat(tuning.epochsAsked()).isEmpty();
    assertThat(tuning.autoEpochs()).isEqualTo(new AutoEpochs(12000, 12));
    assertThat(tuning.training().learningRate()).isEqualTo(3e-4);
    assertThat(tuning.averaging().batchSizePerWorker()).isEqualTo(8);
    assertThat(tuning.engine()).isEqualTo(Engine.LOCAL);
    assertThat(tuning.resolved()).containsEntry("train.epochs", "auto");
  }

  @Test
  void autoEpochsAreDecidedFromTheTrainSplitBeforeTheRunAsksForThem() {
    TrainConfig tuning = config("train.init-model=default");

    assertThatThrownBy(tuning::epochs)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("train.epochs is auto and not decided yet");
    assertThat(tuning.withEpochsFor(995).epochs()).isEqualTo(12);
    assertThat(tuning.withEpochsFor(1310).epochs()).isEqualTo(9);
  }

  @Test
  void epochsTheUserSetAreNotChangedByTheTrainSplit() {
    assertThat(config("train.epochs=3").withEpochsFor(100_000).epochs()).isEqualTo(3);
    assertThat(config("train.epochs=auto").withEpochsFor(100_000).epochs()).isEqualTo(1);
  }

  @Test
  void aFineTuneKeepsWhatTheUserSet() {
    TrainConfig tuning = config("train.init-model=default", "train.epochs=2", "train.engine=spark");

    assertThat(tuning.epochsAsked()).hasValue(2);
    assertThat(tuning.engine()).isEqualTo(Engine.SPARK);
    assertThat(tuning.training().learningRate()).isEqualTo(3e-4);
  }

  @Test
  void withoutAModelToFineTuneTheFineTuneDefaultsDoNothing() {
    assertThat(config().epochs()).isEqualTo(10);
    assertThat(config().averaging().batchSizePerWorker()).isEqualTo(64);
  }
}
