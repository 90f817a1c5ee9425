/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AveragingTest {
  private static Averaging prefetching(int prefetch) {
    return new Averaging(2, 32, 5, prefetch, Approach.EXPORT, Optional.empty());
  }

  @Test
  void theDirectApproachPrefetchesWhatIsConfigured() {
    assertThat(prefetching(2).workerPrefetch(Approach.DIRECT)).isEqualTo(2);
  }

  @Test
  void theExportApproachNeverPrefetchesSoNoReaderThreadIsInterruptedMidRead() {
    assertThat(prefetching(2).workerPrefetch(Approach.EXPORT)).isZero();
  }

  @Test
  void aNegativePrefetchIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> prefetching(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("train.prefetch must be at least 0, got -1");
  }
}
