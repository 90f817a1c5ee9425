/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class ModelFilesTest {
  @TempDir Path dir;

  @Test
  void roundTripsATrainedNetworkWithItsAdamState() throws IOException {
    List<ImagePair> pairs = Strokes.pairs(16, 8, 1);
    Dl4jNetwork network = Preset.SEED_BN.build(TrainingOptions.of(Loss.L1, 2));
    new LocalTrainer(8, 1, 3).train(network, pairs);
    Path file = dir.resolve("model.zip");

    network.save(file);
    TrainedNetwork read = ModelFiles.load(file);

    assertThat(read.format()).isEqualTo(Dl4jNetwork.FORMAT).isEqualTo(ModelFiles.formatOf(file));
    Dl4jNetwork loaded = (Dl4jNetwork) read;

    INDArray input = Tensors.stack(List.of(pairs.get(0).noisy()), network.dataFormat());
    assertThat(loaded.graph().getConfiguration().toJson())
        .isEqualTo(network.graph().getConfiguration().toJson());
    assertThat(loaded.graph().params()).isEqualTo(network.graph().params());
    assertThat(loaded.graph().getUpdater().getStateViewArray())
        .isEqualTo(network.graph().getUpdater().getStateViewArray());
    assertThat(loaded.graph().outputSingle(false, input))
        .isEqualTo(network.graph().outputSingle(false, input));
  }

  @Test
  void refusesAZipThatHoldsNoModel() throws IOException {
    Path zip = dir.resolve("other.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.closeEntry();
    }

    assertThatThrownBy(() -> ModelFiles.load(zip))
        .isInstanceOf(IOException.class)
        .hasMessage(
            zip
                + " holds an entry 'readme.txt' that no model zip holds (expected"
                + " configuration.json, coefficients.bin and optionally updaterState.bin)");
  }

  @Test
  void refusesAFileThatIsNotAModel() {
    Path missing = dir.resolve("missing.zip");

    assertThatThrownBy(() -> ModelFiles.load(missing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("missing.zip");
  }
}
