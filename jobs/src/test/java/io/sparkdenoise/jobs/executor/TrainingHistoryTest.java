/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.jobs.executor.TrainingHistory.BestEpoch;
import org.junit.jupiter.api.Test;

/** A training history as CSV (how the built-in model ships it) gives its best validated epoch. */
class TrainingHistoryTest {
  @Test
  void theBestEpochHasTheHighestValidationPsnrAndUnvalidatedEpochsAreSkipped() {
    String csv =
        """
        epoch,engine,val_loss,val_psnr_db,val_ssim
        1,local,0.02,19.5,0.75
        2,local,,,
        3,local,0.01,25.9,0.91
        4,local,0.01,25.7,0.90
        """;

    assertThat(TrainingHistory.bestOfCsv(csv)).contains(new BestEpoch(3, 25.9));
  }

  @Test
  void aHistoryWithoutValidationHasNoBestEpoch() {
    assertThat(TrainingHistory.bestOfCsv("epoch,val_psnr_db\n1,\n2,\n")).isEmpty();
    assertThat(TrainingHistory.bestOfCsv("")).isEmpty();
  }

  @Test
  void aHeaderWithoutTheValidationColumnIsRefusedNamingIt() {
    assertThatThrownBy(() -> TrainingHistory.bestOfCsv("epoch,train_loss\n1,0.1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("val_psnr_db")
        .hasMessageContaining("[epoch, train_loss]");
  }
}
