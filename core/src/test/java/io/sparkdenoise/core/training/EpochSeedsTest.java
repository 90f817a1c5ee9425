/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.noise.NoiseStreams;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EpochSeedsTest {
  @Test
  void epochZeroIsTheConfiguredSeedSoValidationNoiseIsThePairsJobs() {
    assertThat(EpochSeeds.of(42, EpochSeeds.VALIDATION)).isEqualTo(42);
  }

  @Test
  void everyEpochGetsItsOwnSeedTheSameInEveryRun() {
    Set<Long> seeds = new HashSet<>();
    for (int e = 0; e <= 50; e++) {
      seeds.add(EpochSeeds.of(42, e));
    }

    assertThat(seeds).hasSize(51);
    assertThat(EpochSeeds.of(42, 3)).isEqualTo(NoiseStreams.derivedSeed(42, "train-epoch-3"));
    assertThat(EpochSeeds.of(43, 3)).isNotEqualTo(EpochSeeds.of(42, 3));
    assertThatThrownBy(() -> EpochSeeds.of(1, -1)).hasMessage("epoch must be at least 0, got -1");
  }
}
