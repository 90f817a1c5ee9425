/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.training.StoppingState;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointStateTest {
  private static final List<EpochMetrics> HISTORY =
      List.of(
          new EpochMetrics(1, 0.1 / 3, 0.7, 17.123456789, 0.5, 123.4, 2.5, 1e-3, 1),
          new EpochMetrics(2, 0.2, Double.NaN, Double.NaN, Double.NaN, 130, 2.4, 5e-4, 1));

  @Test
  void theStateRoundTripsExactlyWithNanAsNull() throws Exception {
    CheckpointState state = new CheckpointState(2, 16, HISTORY, new StoppingState(1, 0.7, 1));

    String json = state.toJson();
    CheckpointState back = CheckpointState.fromJson(json);

    assertThat(back).isEqualTo(state);
    assertThat(json).contains("\"val_loss\":null");
  }

  @Test
  void theInitialStoppingStateRoundTrips() throws Exception {
    CheckpointState state =
        new CheckpointState(1, 16, HISTORY.subList(0, 1), StoppingState.initial());

    assertThat(CheckpointState.fromJson(state.toJson()).stopping())
        .isEqualTo(StoppingState.initial());
  }

  @Test
  void aStateNeedsOneHistoryRowPerEpochAndAKnownVersion() {
    assertThatThrownBy(() -> new CheckpointState(3, 16, HISTORY, StoppingState.initial()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a checkpoint after epoch 3 needs 3 history rows, got 2");
    assertThatThrownBy(() -> CheckpointState.fromJson("{\"version\":9}"))
        .isInstanceOf(IOException.class)
        .hasMessage("not a version 1 state.json");
    assertThatThrownBy(() -> CheckpointState.fromJson("{\"version\":1,\"epoch\":1}"))
        .isInstanceOf(IOException.class)
        .hasMessage("state.json lacks the field 'stopping'");
  }
}
