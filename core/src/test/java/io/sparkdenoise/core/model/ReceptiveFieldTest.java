/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.fixtures.TrainedLike;
import io.sparkdenoise.core.image.Image;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceptiveFieldTest {
  @ParameterizedTest(name = "{0}: radius bound {1}")
  @CsvSource({"SEED, BCE, 19", "DNCNN, MSE, 10"})
  void noOutputPixelMovesFartherThanTheBoundWhenOneInputPixelChanges(
      Preset preset, Loss loss, int bound) {
    // BCE for seed: its sigmoid output is never clipped, so every change shows
    ModelDenoiser model =
        new ModelDenoiser(
            "model",
            TrainedLike.withoutZeroWeights(preset.build(TrainingOptions.of(loss, 2)), 2),
            2);
    Image base = SyntheticImages.smoothGray("base", 64, 64, 4);
    float[] poked = base.samples().clone();
    int cy = 32;
    int cx = 32;
    poked[cy * 64 + cx] = poked[cy * 64 + cx] > 0.5f ? 0f : 1f;

    Image a = model.denoise(base);
    Image b = model.denoise(base.withSamples(poked));

    int reach = 0;
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        if (Math.abs(a.get(y, x, 0) - b.get(y, x, 0)) > 1e-7) {
          reach = Math.max(reach, Math.max(Math.abs(y - cy), Math.abs(x - cx)));
        }
      }
    }
    assertThat(model.receptiveRadius()).isEqualTo(bound);
    assertThat(reach).isLessThanOrEqualTo(bound);
    // the bound is not vacuous: the change does travel most of the way
    assertThat(reach).isGreaterThanOrEqualTo(bound / 2);
  }
}
