/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.Adam;

class FineTuningTest {
  @Test
  void aFineTunedNetworkStartsFromTheWeightsWithANewOptimiserAndSchedule() {
    List<ImagePair> pairs = Strokes.pairs(16, 8, 1);
    Dl4jNetwork trained = Preset.SEED.build(TrainingOptions.of(Loss.MSE, 2));
    new LocalTrainer(4, 3, 3).train(trained, pairs);
    TrainingOptions tuning =
        new TrainingOptions(Loss.MSE, 2e-4, LearningRateSchedule.step(0.5, 2), 0, 9);

    Dl4jNetwork tuned = trained.forFineTuning(tuning);

    assertThat(tuned.graph().params()).isEqualTo(trained.graph().params());
    assertThat(tuned.graph().getConfiguration().getEpochCount()).isZero();
    assertThat(tuned.graph().getConfiguration().getIterationCount()).isZero();
    org.deeplearning4j.nn.api.Layer conv =
        java.util.Arrays.stream(tuned.graph().getLayers())
            .filter(l -> l.numParams() > 0)
            .findFirst()
            .orElseThrow();
    Adam adam = (Adam) conv.conf().getLayer().getUpdaterByParam("W");
    assertThat(adam.getLearningRateSchedule().valueAt(0, 0)).isEqualTo(2e-4);
    assertThat(adam.getLearningRateSchedule().valueAt(0, 2)).isEqualTo(1e-4);
    assertThat(tuned.graph().getUpdater().getStateViewArray().sumNumber().doubleValue()).isZero();
    // the original keeps training where it was
    assertThat(trained.graph().getConfiguration().getEpochCount()).isEqualTo(3);

    new LocalTrainer(4, 1, 3).train(tuned, pairs);
    assertThat(tuned.graph().params()).isNotEqualTo(trained.graph().params());
  }

  @Test
  void aNetworkKnowsItsOutputAndAFineTuneKeepsIt() {
    TrainingOptions sigmoid =
        new TrainingOptions(
            Loss.MSE, 1e-3, LearningRateSchedule.constant(), 0, 2, OutputActivation.SIGMOID);

    Dl4jNetwork squashed = Preset.SEED.build(sigmoid);
    Dl4jNetwork linear = Preset.SEED.build(TrainingOptions.of(Loss.MSE, 2));

    assertThat(squashed.outputActivation()).isEqualTo(OutputActivation.SIGMOID);
    assertThat(linear.outputActivation()).isEqualTo(OutputActivation.LINEAR_CLIP);
    assertThat(squashed.forFineTuning(TrainingOptions.of(Loss.MSE, 3)).outputActivation())
        .isEqualTo(OutputActivation.SIGMOID);
  }
}
