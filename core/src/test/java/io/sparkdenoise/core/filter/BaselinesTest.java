/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.model.Denoiser;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {
  @Test
  void theNoisyInputComesFirstThenTheFiltersThenTheDocumentCleanUps() {
    assertThat(Baselines.names())
        .containsExactly("identity", "gaussian_s1", "median3x3", "bg_median21", "sauvola");
    assertThat(Baselines.all()).extracting(Denoiser::name).isEqualTo(Baselines.names());
  }

  @Test
  void aChoiceOfBaselinesKeepsTheScoringOrder() {
    assertThat(Baselines.named(List.of("sauvola", "identity", "median3x3")))
        .extracting(Denoiser::name)
        .containsExactly("identity", "median3x3", "sauvola");
    assertThat(Baselines.named(List.of())).isEmpty();
  }

  @Test
  void anUnknownNameIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> Baselines.named(List.of("identity", "otsu")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown baseline 'otsu' (known: identity, gaussian_s1, median3x3, bg_median21,"
                + " sauvola)");
  }
}
