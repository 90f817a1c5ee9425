/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class InterpolationTest {
  private static final List<ImagePair> PAIRS = Strokes.pairs(16, 8, 1);

  @Test
  void theWeightsLieOnTheLineBetweenTheTwoNetworksAndNeitherChanges() {
    Dl4jNetwork start = Preset.SEED.build(TrainingOptions.of(Loss.MSE, 2));
    Dl4jNetwork tuned = start.forFineTuning(TrainingOptions.of(Loss.MSE, 3));
    new LocalTrainer(4, 2, 3).train(tuned, PAIRS);
    INDArray startParams = start.graph().params().dup();
    INDArray tunedParams = tuned.graph().params().dup();

    Dl4jNetwork half = tuned.interpolated(start, 0.5);

    assertThat(
            half.graph()
                .params()
                .sub(startParams.add(tunedParams).muli(0.5))
                .amaxNumber()
                .doubleValue())
        .isLessThan(1e-7);
    assertThat(tuned.interpolated(start, 0).graph().params()).isEqualTo(tunedParams);
    assertThat(tuned.interpolated(start, 1).graph().params()).isEqualTo(startParams);
    assertThat(start.graph().params()).isEqualTo(startParams);
    assertThat(tuned.graph().params()).isEqualTo(tunedParams);
    assertThat(half.forward(List.of(PAIRS.get(0).noisy()))).hasSize(1);
  }

  @Test
  void networksOfDifferentArchitecturesOrASharePastTheEndsAreRefused() {
    Dl4jNetwork seed = Preset.SEED.build(TrainingOptions.of(Loss.MSE, 2));
    Dl4jNetwork dncnn = Preset.DNCNN.build(TrainingOptions.of(Loss.MSE, 2));

    assertThatThrownBy(() -> seed.interpolated(dncnn, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different architectures");
    assertThatThrownBy(() -> seed.interpolated(seed, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 1], got 1.5");
  }
}
