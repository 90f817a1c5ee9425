/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class ModelFilesTest {
  @TempDir Path dir;

  @Test
  void roundTripsATrainedNetworkWithItsAdamState() throws IOException {
    List<ImagePair> pairs = Strokes.pairs(16, 8, 1);
    ComputationGraph network = Preset.SEED_BN.build(TrainingOptions.of(Loss.L1, 2));
    new LocalTrainer(8, 1, 3).train(network, pairs);
    Path file = dir.resolve("model.zip");

    ModelFiles.save(network, file);
    ComputationGraph loaded = ModelFiles.load(file);

    INDArray input = Tensors.stack(List.of(pairs.get(0).noisy()));
    assertThat(loaded.getConfiguration().toJson()).isEqualTo(network.getConfiguration().toJson());
    assertThat(loaded.params()).isEqualTo(network.params());
    assertThat(loaded.getUpdater().getStateViewArray())
        .isEqualTo(network.getUpdater().getStateViewArray());
    assertThat(loaded.outputSingle(false, input)).isEqualTo(network.outputSingle(false, input));
  }

  @Test
  void refusesAFileThatIsNotAModel() {
    Path missing = dir.resolve("missing.zip");

    assertThatThrownBy(() -> ModelFiles.load(missing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("missing.zip");
  }
}
