/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.train.Checkpointing;
import io.sparkdenoise.jobs.train.TrainConfig;
import io.sparkdenoise.jobs.train.TrainInput;
import io.sparkdenoise.jobs.train.TrainJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code spark-denoise train}: the train job. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a denoising network on the train split of a pairs table (or of an images table,"
          + " with fresh noise every epoch) and writes <output>/model.zip, the <output>/history"
          + " table, <output>/curves.png and _provenance.json.",
      "Prints one JSON line: epochs, train_images, images_per_s, val_psnr_db, val_ssim"
          + " (of the committed epoch), best_epoch, stopped_early, resumed_from_epoch, seconds,"
          + " output."
    })
// The flags are declared here and read by JobOptions from the parse result, not from the fields.
@SuppressWarnings("UnusedVariable")
final class TrainCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--pairs",
      descriptionKey = TrainConfig.PAIRS,
      paramLabel = "URI",
      description =
          "pairs table, or several separated by commas that train as one, e.g. real and"
              + " synthetic pairs ("
              + TrainConfig.PAIRS
              + ")")
  private String pairs;

  @Option(
      names = "--images",
      descriptionKey = TrainInput.IMAGES,
      paramLabel = "URI",
      description = "images table, instead of --pairs (" + TrainInput.IMAGES + ")")
  private String images;

  @Option(
      names = "--noise",
      descriptionKey = TrainInput.NOISE,
      paramLabel = "SPEC",
      description =
          "noise made on the executors for --images, e.g. gaussian:sigma=25 ("
              + TrainInput.NOISE
              + ", seed "
              + TrainInput.NOISE_SEED
              + ")")
  private String noise;

  @Option(
      names = "--resume",
      descriptionKey = Checkpointing.RESUME,
      description =
          "continue from the latest complete checkpoint ("
              + Checkpointing.RESUME
              + "; directory "
              + Checkpointing.DIR
              + ")")
  private boolean resume;

  @Option(
      names = "--output",
      descriptionKey = TrainConfig.OUTPUT,
      paramLabel = "URI",
      description = "output directory (" + TrainConfig.OUTPUT + ")")
  private String output;

  @Option(
      names = "--init-model",
      descriptionKey = TrainConfig.INIT_MODEL,
      paramLabel = "MODEL",
      description =
          "fine-tune this model instead of training from random weights: default (the built-in"
              + " document model), a model directory or a model.zip ("
              + TrainConfig.INIT_MODEL
              + "; its preset and loss, and the defaults of "
              + TrainConfig.FINE_TUNE
              + " for what is not set)")
  private String initModel;

  @Option(
      names = "--preset",
      descriptionKey = TrainConfig.PRESET,
      paramLabel = "NAME",
      description =
          "seed, seed-bn, transpose, transpose-bn, dncnn or document ("
              + TrainConfig.PRESET
              + ", default ${DEFAULT-VALUE})")
  private String preset;

  @Option(
      names = "--engine",
      descriptionKey = TrainConfig.ENGINE,
      paramLabel = "NAME",
      description = "spark or local (" + TrainConfig.ENGINE + ", default ${DEFAULT-VALUE})")
  private String engine;

  TrainCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    TrainConfig config = options.config(TrainConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> TrainJob.run(spark, config));
  }
}
