/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.jobs.Stopwatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.util.ComputationGraphUtil;
import org.deeplearning4j.spark.api.RDDTrainingApproach;
import org.deeplearning4j.spark.impl.graph.SparkComputationGraph;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spark engine: dl4j-spark's synchronous parameter averaging. The DataSets are made from the
 * rows on the executors ({@link ExampleDecoder}), one example each: persisted once and fitted every
 * epoch when they are the same in every epoch, made and persisted anew for each epoch when the
 * epoch changes them (noise from an images table, augmentation; the input rows are then cached).
 * The parameters and the Adam state are averaged and handed back to the driver's network after
 * every epoch, so a network loaded from a checkpoint continues with its updater state.
 *
 * <p>The examples are handed to dl4j-spark as MultiDataSets, made once for data that stays the
 * same: its {@code fit(JavaRDD<DataSet>)} on a graph maps the DataSets to MultiDataSets anew on
 * every call, so with the export approach every epoch looked like new data and wrote the whole
 * train split to the shared file system again (and the direct approach persisted and counted it
 * again); BENCHMARKS.md, "Time-to-quality", measured what that cost.
 */
final class SparkEngine implements EpochTrainer {
  /** Examples per MultiDataSet in the RDD: one row plane each. */
  private static final int EXAMPLES_PER_DATASET = 1;

  /**
   * The level of the persisted MultiDataSets; the training master gets the same (Direct refuses
   * another).
   */
  private static final StorageLevel LEVEL = StorageLevel.MEMORY_ONLY_SER();

  private static final StorageLevel ROWS_LEVEL = StorageLevel.MEMORY_AND_DISK_SER();
  private static final Logger LOG = LoggerFactory.getLogger(SparkEngine.class);

  private final Dataset<Row> rows;
  private final ExampleSource source;
  private final CNN2DFormat layout;
  private final TrainConfig config;

  /** What the network's score is divided by to give the loss per sample ({@link Loss}). */
  private final long scorePerSample;

  private final Approach approach;
  private final SparkComputationGraph sparkNet;
  private final JavaRDD<MultiDataSet> fixed;
  private final long examples;

  SparkEngine(
      Dataset<Row> rows,
      Dl4jNetwork network,
      TrainConfig config,
      ExampleSource source,
      long scorePerSample) {
    this.source = source;
    this.layout = network.dataFormat();
    this.config = config;
    this.scorePerSample = scorePerSample;
    JavaSparkContext context =
        JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext());
    this.approach = config.averaging().approach();
    this.sparkNet =
        new SparkComputationGraph(
            context, network.graph(), master(config, approach, context.hadoopConfiguration()));
    if (source.changesPerEpoch()) {
      this.rows = rows.persist(ROWS_LEVEL);
      this.fixed = null;
      this.examples = examplesOf(1).count();
    } else {
      this.rows = rows;
      this.fixed = examplesOf(1).persist(LEVEL);
      this.examples = fixed.count();
    }
  }

  private JavaRDD<MultiDataSet> examplesOf(int epoch) {
    return rows.toJavaRDD()
        .mapPartitions(new ExampleDecoder(source, epoch, layout, config.lossWeights()))
        .map(ComputationGraphUtil::toMultiDataSet);
  }

  @Override
  public Fitted fit(int epoch) {
    ComputationGraph network = sparkNet.getNetwork();
    network.getConfiguration().setEpochCount(epoch - 1);
    double rate = config.training().schedule().rateAt(config.training().learningRate(), epoch - 1);
    JavaRDD<MultiDataSet> data = fixed != null ? fixed : examplesOf(epoch).persist(LEVEL);
    try {
      Stopwatch watch = Stopwatch.start();
      sparkNet.fitMultiDataSet(data);
      double seconds = watch.seconds();
      sparkNet.getNetwork().getConfiguration().setEpochCount(epoch);
      Fitted fitted =
          new Fitted(sparkNet.getScore() / scorePerSample, examples / seconds, seconds, rate);
      LOG.info("train (spark, {}) epoch {}: {}", approach.id(), epoch, fitted);
      return fitted;
    } finally {
      if (fixed == null) {
        data.unpersist(false);
      }
    }
  }

  @Override
  public Dl4jNetwork network() {
    return Dl4jNetwork.of(sparkNet.getNetwork());
  }

  @Override
  public long examples() {
    return examples;
  }

  /** Unpersists the examples and deletes the exported minibatches, which nothing reads after. */
  @Override
  public void close() {
    sparkNet.getTrainingMaster().deleteTempFiles(sparkNet.getSparkContext());
    if (fixed != null) {
      fixed.unpersist(false);
    } else {
      rows.unpersist(false);
    }
  }

  private static ParameterAveragingTrainingMaster master(
      TrainConfig config, Approach approach, Configuration hadoop) {
    Averaging a = config.averaging();
    ParameterAveragingTrainingMaster.Builder builder =
        new ParameterAveragingTrainingMaster.Builder(a.workers(), EXAMPLES_PER_DATASET)
            .batchSizePerWorker(a.batchSizePerWorker())
            .averagingFrequency(a.averagingFrequency())
            .workerPrefetchNumBatches(a.workerPrefetch(approach))
            .storageLevel(LEVEL)
            .rngSeed(config.training().seed())
            .saveUpdater(true)
            .collectTrainingStats(false)
            .rddTrainingApproach(
                approach == Approach.EXPORT
                    ? RDDTrainingApproach.Export
                    : RDDTrainingApproach.Direct);
    a.exportDir().ifPresent(dir -> builder.exportDirectory(qualified(dir, hadoop)));
    return new RoundSafeTrainingMaster(builder);
  }

  /**
   * {@code dir} fully qualified against the driver's Hadoop configuration, e.g. {@code
   * hdfs:///tmp/x} to {@code hdfs://namenode:8020/tmp/x}: dl4j-spark's executors open the export
   * files with a Hadoop configuration of their own, where the driver's {@code fs.defaultFS} (from
   * {@code spark.hadoop.*}) may be unknown, and an authority-less URI then fails there ("Incomplete
   * HDFS URI, no host").
   */
  static String qualified(String dir, Configuration hadoop) {
    Path path = new Path(dir);
    try {
      return path.getFileSystem(hadoop).makeQualified(path).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(
          TrainConfig.EXPORT_DIR + " names no usable file system, got " + dir, e);
    }
  }
}
