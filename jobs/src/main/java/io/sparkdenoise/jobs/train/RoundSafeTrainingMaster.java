/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.deeplearning4j.core.loader.DataSetLoader;
import org.deeplearning4j.core.loader.MultiDataSetLoader;
import org.deeplearning4j.spark.impl.graph.SparkComputationGraph;
import org.deeplearning4j.spark.impl.multilayer.SparkDl4jMultiLayer;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * dl4j-spark's parameter averaging, without its crash on an empty averaging round, and without the
 * directory its export leaves behind. With the export approach, dl4j-spark splits the exported
 * minibatch files into rounds of about workers x averaging-frequency files by a seeded random
 * assignment per partition, which can leave a round with no file at all when the rounds are small
 * (one worker averaging after every minibatch makes most of them one file); 1.0.0-M2's aggregation
 * then dereferences a null result and the job fails with a NullPointerException. Such a round has
 * nothing to train on, so it is skipped: the parameters stay as they were, as they would have after
 * an empty round.
 */
final class RoundSafeTrainingMaster extends ParameterAveragingTrainingMaster {
  private static final Logger LOG = LoggerFactory.getLogger(RoundSafeTrainingMaster.class);

  /** The master {@code builder} would build. */
  RoundSafeTrainingMaster(Builder builder) {
    super(builder);
  }

  @Override
  protected void doIterationPaths(
      SparkDl4jMultiLayer network,
      SparkComputationGraph graph,
      JavaRDD<String> split,
      int splitNum,
      int numSplits,
      int dataSetObjectNumExamples,
      DataSetLoader dsLoader,
      MultiDataSetLoader mdsLoader) {
    if (split.isEmpty()) {
      LOG.info("averaging round {} of {} drew no exported minibatch: skipped", splitNum, numSplits);
      return;
    }
    super.doIterationPaths(
        network, graph, split, splitNum, numSplits, dataSetObjectNumExamples, dsLoader, mdsLoader);
  }

  /**
   * Deletes the run's own directory under the export directory ({@code EXPORT/UID/}) with every
   * export in it: dl4j-spark's own deletion removes only the last export ({@code EXPORT/UID/RDD/})
   * and leaves the directory above it behind, empty, one per training run. True when nothing was
   * exported.
   */
  @Override
  public boolean deleteTempFiles(JavaSparkContext sc) {
    if (exportDirectory == null) {
      return true;
    }
    String base = exportDirectory.endsWith("/") ? exportDirectory : exportDirectory + "/";
    return deleteTempDir(sc, base + trainingMasterUID);
  }
}
