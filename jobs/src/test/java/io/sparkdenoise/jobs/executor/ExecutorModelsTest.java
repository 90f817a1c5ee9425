/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.model.TrainingOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutorModelsTest {
  @TempDir Path dir;

  private byte[] untrainedZip(long seed) throws Exception {
    Path file = dir.resolve("model-" + seed + ".zip");
    Preset.SEED.build(TrainingOptions.of(Loss.MSE, seed)).save(file);
    return Files.readAllBytes(file);
  }

  @Test
  void aJvmLoadsAModelOnceAndSwitchesWhenAnotherModelArrives() throws Exception {
    byte[] first = untrainedZip(1);
    byte[] second = untrainedZip(2);
    String firstId = ModelZip.idOf(first);
    String secondId = ModelZip.idOf(second);

    ModelDenoiser loaded = ExecutorModels.denoiser(firstId, first, 8);
    ModelDenoiser again = ExecutorModels.denoiser(firstId, first, 8);
    ModelDenoiser other = ExecutorModels.denoiser(secondId, second, 8);

    assertThat(firstId).matches("[0-9a-f]{16}").isNotEqualTo(secondId);
    assertThat(again).isSameAs(loaded);
    assertThat(other).isNotSameAs(loaded);
    assertThat(other.name()).isEqualTo("model");
    assertThat(ExecutorModels.denoiser(secondId, second, 8)).isSameAs(other);
  }
}
