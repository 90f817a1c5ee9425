/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.score.ScoreConfig;
import io.sparkdenoise.jobs.score.ScoreJob;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spark-denoise score}: per image and method PSNR/SSIM of a pairs table (or an images table
 * with noise made on the fly) into a run partition of the metrics table. Each flag sets one {@code
 * score.*} key over the configuration layers; the configuration is checked before any Spark session
 * starts.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Denoises a pairs table (or an images table plus noise) with the noisy input (identity),"
          + " gaussian_s1, median3x3 and a trained model, and writes per image and method PSNR,"
          + " SSIM, MSE and sigma-hat to <output>/run_id=<id>, replacing that run's rows.",
      "Prints a per-method table to the log and one JSON line: rows, images, failed, run_id,"
          + " model_id, seconds, output, methods."
    })
final class ScoreCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description =
          "model directory holding model.zip, or none for the baselines only ("
              + ScoreConfig.MODEL
              + ", default none)")
  private String model;

  @Option(
      names = "--pairs",
      paramLabel = "URI",
      description = "pairs table to score (" + ScoreConfig.PAIRS + ")")
  private String pairs;

  @Option(
      names = "--images",
      paramLabel = "URI",
      description = "images table to add noise to and score (" + ScoreConfig.IMAGES + ")")
  private String images;

  @Option(
      names = "--noise",
      paramLabel = "SPEC",
      description = "noise spec for --images (" + ScoreConfig.NOISE + ")")
  private String noise;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "noise seed for --images (" + ScoreConfig.SEED + ", default 0)")
  private String seed;

  @Option(
      names = "--output",
      paramLabel = "URI",
      description = "metrics table (" + ScoreConfig.OUTPUT + ")")
  private String output;

  @Option(
      names = "--run-id",
      paramLabel = "ID",
      description =
          "run id, e.g. nightly-42 ("
              + ScoreConfig.RUN_ID
              + ", default run- and a hash of model, input and noise)")
  private String runId;

  @Option(
      names = "--write-images",
      description =
          "keep the model's outputs as 16-bit PNGs in the output_png column ("
              + ScoreConfig.WRITE_IMAGES
              + ", default off)")
  private boolean writeImages;

  ScoreCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put(ScoreConfig.MODEL, model);
    flags.put(ScoreConfig.PAIRS, pairs);
    flags.put(ScoreConfig.IMAGES, images);
    flags.put(ScoreConfig.NOISE, noise);
    flags.put(ScoreConfig.SEED, seed);
    flags.put(ScoreConfig.OUTPUT, output);
    flags.put(ScoreConfig.RUN_ID, runId);
    if (writeImages) {
      flags.put(ScoreConfig.WRITE_IMAGES, "true");
    }
    ScoreConfig config = options.config(flags, ScoreConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> ScoreJob.run(spark, config));
  }
}
