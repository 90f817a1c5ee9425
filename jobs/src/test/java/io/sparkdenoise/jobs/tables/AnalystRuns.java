/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.contracts.ModelDirectory;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.score.ScoreConfig;
import io.sparkdenoise.jobs.score.ScoreJob;
import io.sparkdenoise.jobs.train.PairsTables;
import io.sparkdenoise.jobs.train.TrainConfig;
import io.sparkdenoise.jobs.train.TrainJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * What analysts look at, made by the real jobs on tiny data, once per test JVM: a pairs table of
 * {@value #IMAGES} smooth 16 x 16 images with Gaussian noise of sigma 5 to 50 (a third each in
 * train, validation and test), two models trained by the train job (local engine: {@code model-a}
 * one epoch, {@code model-b} two) and a metrics table holding two score runs of the whole pairs
 * table with the baselines {@value #BASELINES}: {@value #RUN_A} with model a and its output images
 * kept, {@value #RUN_B} with model b. The models' quality is not under test, only that the tables
 * are real. Both runs score every split, so that a report's split filter has rows to leave out.
 *
 * @param dir the local directory holding everything
 * @param pairs the pairs table's URI
 * @param modelA model a's directory (model.zip, history)
 * @param modelB model b's directory
 * @param metrics the metrics table's URI
 */
public record AnalystRuns(Path dir, String pairs, String modelA, String modelB, String metrics) {
  /** Images in the pairs table. */
  public static final int IMAGES = 36;

  /** The noise of the pairs. */
  public static final String NOISE = "gaussian:sigma=5..50";

  /** The run scored with model a, keeping its outputs. */
  public static final String RUN_A = "run-a";

  /** The run scored with model b. */
  public static final String RUN_B = "run-b";

  /** The baselines of both runs: the generic ones (the images are no pages). */
  public static final String BASELINES = "identity,gaussian_s1,median3x3";

  /** Epochs of model b (model a has one). */
  public static final int EPOCHS_B = 2;

  private static AnalystRuns made;

  /** The runs, made with {@code spark} the first time they are asked for in this JVM. */
  public static synchronized AnalystRuns get(SparkSession spark) {
    if (made == null) {
      try {
        made = make(spark, Files.createTempDirectory("analyst-runs-"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return made;
  }

  /** The history table of model b. */
  public String historyB() {
    return modelB + "/" + ModelDirectory.HISTORY_DIR;
  }

  /** The history table of model a. */
  public String historyA() {
    return modelA + "/" + ModelDirectory.HISTORY_DIR;
  }

  /** Model a's id, as the score job recorded it. */
  public String modelIdA(SparkSession spark) {
    return spark.read().parquet(run(RUN_A)).select("model_id").first().getString(0);
  }

  /** The partition directory of a run. */
  public String run(String runId) {
    return metrics + "/" + Table.RUN_ID + "=" + runId;
  }

  private static AnalystRuns make(SparkSession spark, Path dir) throws IOException {
    String pairs = PairsTables.write(spark, dir.toString(), IMAGES, NOISE);
    String modelA = train(spark, pairs, dir.resolve("model-a").toUri().toString(), 1, 7);
    String modelB = train(spark, pairs, dir.resolve("model-b").toUri().toString(), EPOCHS_B, 8);
    String metrics = dir.resolve("metrics").toUri().toString();
    score(spark, modelA, pairs, metrics, RUN_A, true);
    score(spark, modelB, pairs, metrics, RUN_B, false);
    return new AnalystRuns(dir, pairs, modelA, modelB, metrics);
  }

  private static String train(
      SparkSession spark, String pairs, String output, int epochs, long seed) throws IOException {
    TrainConfig config =
        TrainConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    TrainConfig.PAIRS + "=" + pairs,
                    TrainConfig.OUTPUT + "=" + output,
                    TrainConfig.ENGINE + "=local",
                    TrainConfig.EPOCHS + "=" + epochs,
                    TrainConfig.LEARNING_RATE + "=0.01",
                    TrainConfig.BATCH_SIZE_PER_WORKER + "=4",
                    TrainConfig.SEED + "=" + seed)));
    return TrainJob.run(spark, config).output();
  }

  private static void score(
      SparkSession spark, String model, String pairs, String metrics, String runId, boolean images)
      throws IOException {
    ScoreConfig config =
        ScoreConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    ScoreConfig.MODEL + "=" + model,
                    ScoreConfig.PAIRS + "=" + pairs,
                    ScoreConfig.OUTPUT + "=" + metrics,
                    ScoreConfig.RUN_ID + "=" + runId,
                    ScoreConfig.SPLITS + "=train,validation,test",
                    ScoreConfig.WRITE_IMAGES + "=" + images,
                    ScoreConfig.BASELINES + "=" + BASELINES)));
    ScoreJob.run(spark, config);
  }
}
