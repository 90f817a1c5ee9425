/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.EpochReport;
import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.core.model.LocalTrainer;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local engine, for comparison with the spark engine: the train rows are collected to the
 * driver (at most {@link TrainConfig#localMaxImages()} of them, which must fit in its memory: about
 * 2 x height x width x 4 bytes per pair once decoded, plus the PNG bytes), decoded there and
 * trained with core's {@link LocalTrainer} (minibatches of the per-worker batch size, shuffled per
 * epoch from the seed); validation runs after every epoch.
 */
final class LocalEngine {
  private static final Logger LOG = LoggerFactory.getLogger(LocalEngine.class);

  private LocalEngine() {}

  /**
   * Trains {@code network} in place.
   *
   * @throws IllegalArgumentException when the train split exceeds the local engine's cap
   */
  static Trained train(
      Dataset<Row> rows, ComputationGraph network, TrainConfig config, Validation validation) {
    long count = rows.count();
    if (count > config.localMaxImages()) {
      throw new IllegalArgumentException(
          "the local engine collects the train split to the driver: "
              + count
              + " pairs exceed "
              + TrainConfig.LOCAL_MAX_IMAGES
              + " = "
              + config.localMaxImages()
              + "; use the spark engine or raise the cap");
    }
    List<ImagePair> pairs = new ArrayList<>();
    for (Row row : rows.collectAsList()) {
      pairs.addAll(ExampleDecoder.pairs(row));
    }
    LocalTrainer trainer =
        new LocalTrainer(
            config.averaging().batchSizePerWorker(), config.epochs(), config.training().seed());
    List<EpochMetrics> epochs = new ArrayList<>();
    trainer.train(
        network, pairs, report -> epochs.add(measured(report, pairs.size(), network, validation)));
    return new Trained(network, epochs, pairs.size());
  }

  private static EpochMetrics measured(
      EpochReport report, int examples, ComputationGraph network, Validation validation) {
    Validation.Score score = validation.score(network);
    EpochMetrics epoch =
        new EpochMetrics(
            report.epoch(),
            report.loss(),
            score.loss(),
            score.psnr(),
            score.ssim(),
            report.imagesPerSecond(),
            examples / report.imagesPerSecond(),
            report.learningRate());
    LOG.info("train (local): {}", epoch);
    return epoch;
  }
}
