/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.score.ScoreConfig;
import io.sparkdenoise.jobs.score.ScoreJob;
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
          + " the classical baselines of score.baselines (gaussian_s1, median3x3, bg_median21,"
          + " sauvola) and a trained model, and writes per image and method PSNR, SSIM, MSE and"
          + " sigma-hat to <output>/run_id=<id>, replacing that run's rows. Pairs with"
          + " ground-truth text also get the character error rate of Tesseract's OCR of each"
          + " output (score.ocr).",
      "Prints a per-method table to the log and one JSON line: rows, images, failed, run_id,"
          + " model_id, seconds, output, methods."
    })
// The flags are declared here and read by JobOptions from the parse result, not from the fields.
@SuppressWarnings("UnusedVariable")
final class ScoreCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--model",
      descriptionKey = ScoreConfig.MODEL,
      paramLabel = "MODEL",
      description =
          "default (the built-in document model), a model directory, a model.zip, or none for"
              + " the baselines only ("
              + ScoreConfig.MODEL
              + ", default ${DEFAULT-VALUE})")
  private String model;

  @Option(
      names = "--pairs",
      descriptionKey = ScoreConfig.PAIRS,
      paramLabel = "URI",
      description = "pairs table to score (" + ScoreConfig.PAIRS + ")")
  private String pairs;

  @Option(
      names = "--images",
      descriptionKey = ScoreConfig.IMAGES,
      paramLabel = "URI",
      description = "images table to add noise to and score (" + ScoreConfig.IMAGES + ")")
  private String images;

  @Option(
      names = "--noise",
      descriptionKey = ScoreConfig.NOISE,
      paramLabel = "SPEC",
      description = "noise spec for --images (" + ScoreConfig.NOISE + ")")
  private String noise;

  @Option(
      names = "--seed",
      descriptionKey = ScoreConfig.SEED,
      paramLabel = "N",
      description = "noise seed for --images (" + ScoreConfig.SEED + ", default ${DEFAULT-VALUE})")
  private String seed;

  @Option(
      names = "--output",
      descriptionKey = ScoreConfig.OUTPUT,
      paramLabel = "URI",
      description = "metrics table (" + ScoreConfig.OUTPUT + ")")
  private String output;

  @Option(
      names = "--splits",
      descriptionKey = ScoreConfig.SPLITS,
      paramLabel = "LIST",
      description =
          "splits to score, e.g. validation,test ("
              + ScoreConfig.SPLITS
              + ", default ${DEFAULT-VALUE})")
  private String splits;

  @Option(
      names = "--run-id",
      descriptionKey = ScoreConfig.RUN_ID,
      paramLabel = "ID",
      description =
          "run id, e.g. nightly-42 ("
              + ScoreConfig.RUN_ID
              + ", default run- and a hash of model, input and noise)")
  private String runId;

  @Option(
      names = "--write-images",
      descriptionKey = ScoreConfig.WRITE_IMAGES,
      description =
          "keep the model's outputs as 16-bit PNGs in the output_png column ("
              + ScoreConfig.WRITE_IMAGES
              + ", default ${DEFAULT-VALUE})")
  private boolean writeImages;

  ScoreCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    ScoreConfig config = options.config(ScoreConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> ScoreJob.run(spark, config));
  }
}
