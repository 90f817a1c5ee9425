/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EarlyStoppingTest {
  private static StoppingState run(EarlyStopping stopping, double... values) {
    StoppingState state = StoppingState.initial();
    for (int e = 0; e < values.length; e++) {
      state = stopping.observe(state, e + 1, values[e]);
    }
    return state;
  }

  @Test
  void aFallingLossKeepsTheLatestEpochBest() {
    EarlyStopping stopping = new EarlyStopping(Monitor.VAL_LOSS, 2, 0);

    StoppingState state = run(stopping, 0.5, 0.4, 0.3);

    assertThat(state).isEqualTo(new StoppingState(3, 0.3, 0));
    assertThat(stopping.shouldStop(state)).isFalse();
  }

  @Test
  void stopsAfterPatienceEpochsWithoutImprovementAndRemembersTheBest() {
    EarlyStopping stopping = new EarlyStopping(Monitor.VAL_LOSS, 2, 0);

    StoppingState once = run(stopping, 0.5, 0.3, 0.4);
    StoppingState twice = run(stopping, 0.5, 0.3, 0.4, 0.35);

    assertThat(stopping.shouldStop(once)).isFalse();
    assertThat(twice).isEqualTo(new StoppingState(2, 0.3, 2));
    assertThat(stopping.shouldStop(twice)).isTrue();
  }

  @Test
  void psnrAndSsimImproveUpwards() {
    EarlyStopping psnr = new EarlyStopping(Monitor.VAL_PSNR, 1, 0);
    EarlyStopping ssim = new EarlyStopping(Monitor.VAL_SSIM, 1, 0);

    assertThat(run(psnr, 18.0, 19.0).bestEpoch()).isEqualTo(2);
    assertThat(psnr.shouldStop(run(psnr, 18.0, 17.5))).isTrue();
    assertThat(run(ssim, 0.70, 0.72).bestValue()).isEqualTo(0.72);
  }

  @Test
  void anImprovementSmallerThanMinDeltaDoesNotCount() {
    EarlyStopping stopping = new EarlyStopping(Monitor.VAL_PSNR, 1, 0.1);

    assertThat(run(stopping, 20.0, 20.05)).isEqualTo(new StoppingState(1, 20.0, 1));
    assertThat(run(stopping, 20.0, 20.15)).isEqualTo(new StoppingState(2, 20.15, 0));
  }

  @Test
  void aNanValueNeverImproves() {
    assertThat(Monitor.VAL_LOSS.improves(Double.NaN, 1.0, 0)).isFalse();
    assertThat(Monitor.VAL_LOSS.improves(5.0, Double.NaN, 0)).isTrue();
  }

  @Test
  void offNeverStops() {
    EarlyStopping off = EarlyStopping.off();

    StoppingState state = run(off, 0.1, 0.2, 0.3, 0.4);

    assertThat(off.enabled()).isFalse();
    assertThat(off.shouldStop(state)).isFalse();
  }

  @Test
  void epochsMustFollowOneAnother() {
    EarlyStopping stopping = new EarlyStopping(Monitor.VAL_LOSS, 2, 0);

    assertThatThrownBy(() -> stopping.observe(new StoppingState(2, 0.3, 1), 3, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("epoch 3 does not follow the 3 epochs observed so far");
  }

  @Test
  void refusesBadSettingsAndNamesTheMetrics() {
    assertThatThrownBy(() -> new EarlyStopping(Monitor.VAL_LOSS, -1, 0))
        .hasMessage("early-stopping patience must be at least 0 (0: off), got -1");
    assertThatThrownBy(() -> new EarlyStopping(Monitor.VAL_LOSS, 1, -0.5))
        .hasMessage("early-stopping min delta must be a finite number at least 0, got -0.5");
    assertThatThrownBy(() -> Monitor.byId("psnr"))
        .hasMessage(
            "the early-stopping metric must be one of val-loss, val-psnr, val-ssim, got psnr");
    assertThat(Monitor.byId("val-ssim")).isEqualTo(Monitor.VAL_SSIM);
  }
}
