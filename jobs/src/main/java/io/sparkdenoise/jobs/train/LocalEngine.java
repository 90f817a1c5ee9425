/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.model.EpochReport;
import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.core.model.LocalTrainer;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local engine, for comparison with the spark engine: the train rows are collected to the
 * driver (at most {@link TrainConfig#localMaxImages()} of them, which must fit in its memory: about
 * 2 x height x width x 4 bytes per pair once decoded, plus the PNG bytes), turned into pairs there
 * by the same {@link ExampleSource} as on the executors (once, or every epoch when the epoch
 * changes them) and trained with core's {@link LocalTrainer} (minibatches of the per-worker batch
 * size, shuffled per epoch from the seed). Deterministic: a run resumed from a checkpoint trains as
 * the uninterrupted run does.
 */
final class LocalEngine implements EpochTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(LocalEngine.class);

  private final Dl4jNetwork network;
  private final ExampleSource source;
  private final List<Row> rows;
  private final LocalTrainer trainer;
  private final List<ImagePair> fixed;
  private final long examples;

  /**
   * An engine training {@code network} in place.
   *
   * @throws IllegalArgumentException when the train split exceeds the local engine's cap
   */
  LocalEngine(Dataset<Row> rows, Dl4jNetwork network, TrainConfig config, ExampleSource source) {
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
    this.network = network;
    this.source = source;
    this.rows = rows.collectAsList();
    this.trainer =
        new LocalTrainer(
            config.averaging().batchSizePerWorker(),
            config.epochs(),
            config.training().seed(),
            config.lossWeights());
    this.fixed = source.changesPerEpoch() ? null : pairs(1);
    this.examples = fixed != null ? fixed.size() : pairs(1).size();
  }

  private List<ImagePair> pairs(int epoch) {
    List<ImagePair> pairs = new ArrayList<>();
    for (Row row : rows) {
      pairs.addAll(source.pairs(row, epoch));
    }
    return pairs;
  }

  @Override
  public Fitted fit(int epoch) {
    List<ImagePair> pairs = fixed != null ? fixed : pairs(epoch);
    EpochReport report = trainer.trainEpoch(network, pairs, epoch);
    Fitted fitted =
        new Fitted(
            report.loss(),
            report.imagesPerSecond(),
            pairs.size() / report.imagesPerSecond(),
            report.learningRate());
    LOG.info("train (local) epoch {}: {}", epoch, fitted);
    return fitted;
  }

  @Override
  public Dl4jNetwork network() {
    return network;
  }

  @Override
  public long examples() {
    return examples;
  }

  @Override
  public void close() {
    // nothing cached outside this object
  }
}
