/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.spark.api.RDDTrainingApproach;
import org.deeplearning4j.spark.impl.graph.SparkComputationGraph;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.nd4j.linalg.dataset.DataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spark engine: dl4j-spark's synchronous parameter averaging. The DataSets are decoded from the
 * rows on the executors ({@link ExampleDecoder}), one example each, persisted once and fitted once
 * per epoch; validation runs on the driver between epochs.
 */
final class SparkEngine {
  /** Examples per DataSet in the RDD: one row plane each. */
  private static final int EXAMPLES_PER_DATASET = 1;

  /**
   * The level of the persisted DataSets; the training master gets the same (Direct refuses
   * another).
   */
  private static final StorageLevel LEVEL = StorageLevel.MEMORY_ONLY_SER();

  private static final Logger LOG = LoggerFactory.getLogger(SparkEngine.class);

  private SparkEngine() {}

  static Trained train(
      Dataset<Row> rows,
      ComputationGraph network,
      TrainConfig config,
      Validation validation,
      int pixels) {
    JavaRDD<DataSet> examples = rows.toJavaRDD().mapPartitions(new ExampleDecoder());
    examples.persist(LEVEL);
    try {
      long count = examples.count();
      JavaSparkContext context =
          JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext());
      Approach approach = config.averaging().approach().resolve(context.master());
      SparkComputationGraph sparkNet =
          new SparkComputationGraph(context, network, master(config, approach));
      List<EpochMetrics> epochs = new ArrayList<>();
      for (int e = 0; e < config.epochs(); e++) {
        double rate = config.training().schedule().rateAt(config.training().learningRate(), e);
        long start = System.nanoTime();
        sparkNet.fit(examples);
        double seconds = (System.nanoTime() - start) / TrainJob.NANOS_PER_SECOND;
        Validation.Score score = validation.score(sparkNet.getNetwork());
        EpochMetrics epoch =
            new EpochMetrics(
                e + 1,
                sparkNet.getScore() / pixels,
                score.loss(),
                score.psnr(),
                score.ssim(),
                count / seconds,
                seconds,
                rate);
        LOG.info("train (spark, {}): {}", approach.id(), epoch);
        epochs.add(epoch);
      }
      return new Trained(sparkNet.getNetwork(), epochs, count);
    } finally {
      examples.unpersist(false);
    }
  }

  private static ParameterAveragingTrainingMaster master(TrainConfig config, Approach approach) {
    Averaging a = config.averaging();
    ParameterAveragingTrainingMaster.Builder builder =
        new ParameterAveragingTrainingMaster.Builder(a.workers(), EXAMPLES_PER_DATASET)
            .batchSizePerWorker(a.batchSizePerWorker())
            .averagingFrequency(a.averagingFrequency())
            .workerPrefetchNumBatches(a.prefetch())
            .storageLevel(LEVEL)
            .rngSeed(config.training().seed())
            .collectTrainingStats(false)
            .rddTrainingApproach(
                approach == Approach.EXPORT
                    ? RDDTrainingApproach.Export
                    : RDDTrainingApproach.Direct);
    a.exportDir().ifPresent(builder::exportDirectory);
    return builder.build();
  }
}
