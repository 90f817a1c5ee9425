/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.model.InvalidModelException;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.ModelFiles;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.model.TrainedNetwork;
import io.sparkdenoise.jobs.executor.ModelZip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The trained model a run fine-tunes ({@value TrainConfig#INIT_MODEL}): its zip, its network, and
 * the preset and loss it was trained with, from the training record beside it (the built-in
 * model's, or a model directory's {@code _provenance.json}); a bare zip without one takes the run's
 * configured preset and loss.
 *
 * @param zip the model's zip as read on the driver
 * @param network its network, with the weights to start from
 * @param preset the preset it was built with
 * @param loss the loss it was trained with
 */
record InitModel(ModelZip zip, Dl4jNetwork network, Preset preset, Loss loss) {
  /** The model {@code reference} names; {@code preset} and {@code loss} when it has no record. */
  static InitModel read(SparkSession spark, String reference, Preset preset, Loss loss)
      throws IOException {
    ModelZip zip = ModelZip.read(spark, reference);
    Path copy = Files.createTempFile("spark-denoise-init-model-", ".zip");
    TrainedNetwork network;
    try {
      Files.write(copy, zip.bytes());
      network = ModelFiles.load(copy, zip.name());
    } finally {
      Files.deleteIfExists(copy);
    }
    if (!(network instanceof Dl4jNetwork dl4j)) {
      throw new InvalidModelException(
          zip.name() + " is a " + network.format() + " model, which this build cannot train");
    }
    return new InitModel(
        zip,
        dl4j,
        zip.training()
            .map(t -> t.config().get(TrainConfig.PRESET))
            .map(Preset::byId)
            .orElse(preset),
        zip.training().map(t -> t.config().get(TrainConfig.LOSS)).map(Loss::byId).orElse(loss));
  }
}
