/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OptionsTest {
  private static final double LR = 1e-3;

  /** MSE through a sigmoid, as seed 003 trains. */
  private static final TrainingOptions MSE_SIGMOID =
      new TrainingOptions(
          Loss.MSE, LR, LearningRateSchedule.constant(), 0, 1, OutputActivation.SIGMOID);

  @Test
  void stepScheduleHalvesEveryTwoEpochs() {
    LearningRateSchedule step = LearningRateSchedule.step(0.5, 2);

    assertThat(step.rateAt(LR, 0)).isEqualTo(LR);
    assertThat(step.rateAt(LR, 1)).isEqualTo(LR);
    assertThat(step.rateAt(LR, 2)).isCloseTo(5e-4, within(1e-15));
    assertThat(step.rateAt(LR, 5)).isCloseTo(2.5e-4, within(1e-15));
  }

  @Test
  void exponentialScheduleDecaysEveryEpoch() {
    LearningRateSchedule exp = LearningRateSchedule.exponential(0.9);

    assertThat(exp.rateAt(LR, 2)).isCloseTo(8.1e-4, within(1e-15));
    assertThat(LearningRateSchedule.constant().rateAt(LR, 9)).isEqualTo(LR);
  }

  @Test
  void dl4jSchedulesAgreeWithOurs() {
    for (LearningRateSchedule s :
        new LearningRateSchedule[] {
          LearningRateSchedule.constant(),
          LearningRateSchedule.step(0.5, 2),
          LearningRateSchedule.exponential(0.9)
        }) {
      for (int epoch = 0; epoch < 5; epoch++) {
        assertThat(s.toDl4j(LR).valueAt(100, epoch))
            .as("%s at epoch %d", s, epoch)
            .isCloseTo(s.rateAt(LR, epoch), within(1e-12));
      }
    }
  }

  @Test
  void refusesBadSchedulesWithTheBadValue() {
    assertThatThrownBy(() -> LearningRateSchedule.step(1.5, 1))
        .hasMessage("decay factor must be in (0, 1], got 1.5");
    assertThatThrownBy(() -> LearningRateSchedule.step(0.5, 0))
        .hasMessage("epochs per step must be at least 1, got 0");
  }

  @Test
  void refusesBadOptionsWithTheBadValue() {
    LearningRateSchedule constant = LearningRateSchedule.constant();

    assertThatThrownBy(() -> new TrainingOptions(Loss.MSE, 0, constant, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("learning rate must be in (0, 1], got 0.0");
    assertThatThrownBy(() -> new TrainingOptions(Loss.MSE, LR, constant, 1, 1))
        .hasMessage("dropout must be in [0, 1), got 1.0");
  }

  @Test
  void findsLossesByNameInAnyCase() {
    assertThat(Loss.byId("BCE")).isEqualTo(Loss.BCE);
    assertThat(Loss.byId("l1")).isEqualTo(Loss.L1);
    assertThatThrownBy(() -> Loss.byId("huber"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("loss must be one of bce, mse, l1, got huber");
  }

  @Test
  void dropoutIsKeptAsDl4jsRetainProbabilityOnHiddenConvolutionsOnly() {
    TrainingOptions options =
        new TrainingOptions(Loss.MSE, LR, LearningRateSchedule.constant(), 0.2, 1);
    var conf = Preset.SEED.configure(options);

    assertThat(layer(conf, "conv1").getIDropout()).isNull();
    assertThat(layer(conf, "conv3").getIDropout().toString()).contains("p=0.8");
  }

  @Test
  void theOutputIsTheLossesUsualOneUnlessChosenAndBceNeedsTheSigmoid() {
    LearningRateSchedule constant = LearningRateSchedule.constant();

    assertThat(TrainingOptions.of(Loss.BCE, 1).output()).isEqualTo(OutputActivation.SIGMOID);
    assertThat(TrainingOptions.of(Loss.MSE, 1).output()).isEqualTo(OutputActivation.LINEAR_CLIP);
    assertThat(TrainingOptions.of(Loss.L1, 1).output()).isEqualTo(OutputActivation.LINEAR_CLIP);
    assertThat(MSE_SIGMOID.output()).isEqualTo(OutputActivation.SIGMOID);
    assertThatThrownBy(
            () -> new TrainingOptions(Loss.BCE, LR, constant, 0, 1, OutputActivation.LINEAR_CLIP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "loss bce needs the sigmoid output (its outputs are probabilities), got linear-clip");
    assertThat(OutputActivation.byId("linear-clip")).isEqualTo(OutputActivation.LINEAR_CLIP);
    assertThatThrownBy(() -> OutputActivation.byId("tanh"))
        .hasMessage("output must be one of sigmoid, linear-clip, got tanh");
  }

  @Test
  void theChosenOutputIsTheLastLayersActivation() {
    assertThat(layer(Preset.SEED.configure(MSE_SIGMOID), "output").getActivationFn())
        .hasToString("sigmoid");
    assertThat(
            layer(Preset.SEED.configure(TrainingOptions.of(Loss.MSE, 1)), "output")
                .getActivationFn())
        .hasToString("identity");
  }

  @Test
  void residualPresetsAreLinearOnly() {
    assertThatThrownBy(() -> Preset.DOCUMENT.configure(MSE_SIGMOID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "preset document outputs the input minus a noise estimate, unbounded: its output can"
                + " only be linear-clip, got sigmoid");
  }

  private static org.deeplearning4j.nn.conf.layers.BaseLayer layer(
      org.deeplearning4j.nn.conf.ComputationGraphConfiguration conf, String name) {
    return (org.deeplearning4j.nn.conf.layers.BaseLayer)
        ((org.deeplearning4j.nn.conf.graph.LayerVertex) conf.getVertices().get(name))
            .getLayerConf()
            .getLayer();
  }
}
