/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AutoEpochsTest {
  private static final AutoEpochs FINE_TUNE = new AutoEpochs(12_000, 12);

  @Test
  void theEpochsShowTheNetworkAboutTheImagesAskedFor() {
    assertThat(FINE_TUNE.epochsFor(995)).as("72 pages in 128-pixel tiles").isEqualTo(12);
    assertThat(FINE_TUNE.epochsFor(1310)).as("96 pages: 9.16 rounds down").isEqualTo(9);
    assertThat(FINE_TUNE.epochsFor(1600)).as("7.5 rounds up").isEqualTo(8);
    assertThat(FINE_TUNE.epochsFor(4200)).isEqualTo(3);
  }

  @Test
  void aSmallSetTakesAtMostTheMostEpochs() {
    assertThat(FINE_TUNE.epochsFor(100)).isEqualTo(12);
    assertThat(FINE_TUNE.epochsFor(1)).isEqualTo(12);
  }

  @Test
  void aSetLargerThanTheImagesStillTakesOneEpoch() {
    assertThat(FINE_TUNE.epochsFor(50_000)).isEqualTo(1);
  }

  @Test
  void anEmptySplitAndBadBoundsAreRefused() {
    assertThatThrownBy(() -> FINE_TUNE.epochsFor(0))
        .hasMessage("no training images to count epochs for");
    assertThatThrownBy(() -> new AutoEpochs(0, 12))
        .hasMessage("train.auto-epochs.images must be at least 1, got 0");
    assertThatThrownBy(() -> new AutoEpochs(12_000, 0))
        .hasMessage("train.auto-epochs.max must be at least 1, got 0");
  }
}
