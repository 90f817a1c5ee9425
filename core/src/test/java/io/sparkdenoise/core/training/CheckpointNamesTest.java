/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointNamesTest {
  @Test
  void namesSortAsTheirEpochsAndParseBack() {
    assertThat(CheckpointNames.name(3)).isEqualTo("epoch-000003");
    assertThat(CheckpointNames.name(120)).isEqualTo("epoch-000120");
    assertThat(CheckpointNames.epochOf("epoch-000120")).hasValue(120);
  }

  @Test
  void otherNamesAreNotCheckpoints() {
    for (String name :
        List.of("epoch-3", "epoch-000000", "_staging-train-checkpoint-1", "epoch-000003.tmp", "")) {
      assertThat(CheckpointNames.epochOf(name)).as(name).isEmpty();
    }
  }

  @Test
  void theLatestIsTheHighestEpochAmongCheckpointNames() {
    List<String> complete =
        List.of("epoch-000009", "epoch-000010", "_staging-x", "epoch-000002", "notes.txt");

    assertThat(CheckpointNames.latest(complete)).hasValue("epoch-000010");
    assertThat(CheckpointNames.latest(List.of("_staging-x"))).isEmpty();
  }

  @Test
  void retentionDeletesTheOldestBeyondKeepAndNothingElse() {
    List<String> complete =
        List.of("epoch-000004", "epoch-000001", "epoch-000003", "epoch-000002", "_staging-x");

    assertThat(CheckpointNames.expired(complete, 2))
        .containsExactly("epoch-000001", "epoch-000002");
    assertThat(CheckpointNames.expired(complete, 4)).isEmpty();
    assertThatThrownBy(() -> CheckpointNames.expired(complete, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("checkpoints to keep must be at least 1, got 0");
  }

  @Test
  void aCheckpointIsDueEveryNEpochsAndAfterTheLastButNeverWhenOff() {
    assertThat(CheckpointNames.due(2, 2, false)).isTrue();
    assertThat(CheckpointNames.due(3, 2, false)).isFalse();
    assertThat(CheckpointNames.due(3, 2, true)).isTrue();
    assertThat(CheckpointNames.due(4, 0, true)).isFalse();
    assertThatThrownBy(() -> CheckpointNames.name(0))
        .hasMessage("a checkpoint epoch must be in [1, 999999], got 0");
  }
}
