/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.jobs.config.ConfigReader;
import java.util.Optional;

/**
 * The parameter-averaging settings of the spark engine.
 *
 * @param workers parallel training workers (Spark tasks per averaging round), at least 1
 * @param batchSizePerWorker images per minibatch on each worker, at least 1
 * @param averagingFrequency minibatches each worker fits between two parameter averages, at least 1
 * @param prefetch minibatches each worker prepares ahead (0: none)
 * @param approach how the DataSets reach the workers
 * @param exportDir where {@link Approach#EXPORT} writes, a shared file system on clusters; empty
 *     for dl4j-spark's default {@code hadoop.tmp.dir/dl4j/}
 */
public record Averaging(
    int workers,
    int batchSizePerWorker,
    int averagingFrequency,
    int prefetch,
    Approach approach,
    Optional<String> exportDir) {
  /** Checks every field. */
  public Averaging {
    ConfigReader.requireAtLeast(TrainConfig.WORKERS, workers, 1);
    ConfigReader.requireAtLeast(TrainConfig.BATCH_SIZE_PER_WORKER, batchSizePerWorker, 1);
    ConfigReader.requireAtLeast(TrainConfig.AVERAGING_FREQUENCY, averagingFrequency, 1);
    ConfigReader.requireAtLeast(TrainConfig.PREFETCH, prefetch, 0);
    if (approach == null || exportDir == null) {
      throw new IllegalArgumentException(
          "approach and export dir must be given, got " + approach + " and " + exportDir);
    }
  }

  /**
   * The minibatches each worker prefetches with the {@code resolved} approach: {@link #prefetch()}
   * for {@link Approach#DIRECT}, none for {@link Approach#EXPORT}. dl4j-spark reads exported files
   * ahead on a thread of its own, which it interrupts at the end of every averaging round; when
   * that lands during an HDFS read the thread dies with an InterruptedIOException that nothing
   * catches, and Spark's handler of uncaught exceptions ends the executor (exit code 50; seen on
   * the local cluster with one worker averaging every 20 minibatches, every retry dying the same
   * way). Reading in the task's own thread leaves interrupts to Spark.
   */
  public int workerPrefetch(Approach resolved) {
    return resolved == Approach.EXPORT ? 0 : prefetch;
  }
}
