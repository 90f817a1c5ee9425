/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.denoise.DenoiseConfig;
import io.sparkdenoise.jobs.denoise.DenoiseJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spark-denoise denoise}: an archive of scanned pages denoised by a trained model, tiled,
 * into mirrored files (or the pages table), incrementally. Each flag sets one {@code denoise.*} key
 * over the configuration layers; the configuration is checked before any Spark session starts.
 */
@Command(
    name = "denoise",
    mixinStandardHelpOptions = true,
    description = {
      "Denoises every new or changed page of an archive (PNG/JPEG/TIFF files, multi-page and"
          + " bitonal, on any Hadoop file system, or a Parquet table of images) with a trained"
          + " model, by tiled inference, into <output>/files/<same relative path> in the same"
          + " format, size and resolution (or PNGs in the pages table with --conf"
          + " denoise.output-mode=parquet).",
      "Writes one row per page to <output>/pages/run_id=<id> (sigma-hat before and after,"
          + " seconds, PSNR/SSIM with --reference), unusable inputs to <output>/rejects/run_id=<id>"
          + " and what is finished to <output>/manifest; unchanged inputs are skipped, a killed run"
          + " is resumed by the next.",
      "Prints one JSON line: pages, processed, skipped_unchanged, rejected, megapixels, seconds,"
          + " output, files, run_id, model_id."
    })
// The flags are declared here and read by JobOptions from the parse result, not from the fields.
@SuppressWarnings("UnusedVariable")
final class DenoiseCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--model",
      descriptionKey = DenoiseConfig.MODEL,
      paramLabel = "MODEL",
      description =
          "default (the built-in document model), a model directory or a model.zip ("
              + DenoiseConfig.MODEL
              + ", default ${DEFAULT-VALUE})")
  private String model;

  @Option(
      names = "--input",
      descriptionKey = DenoiseConfig.INPUT,
      paramLabel = "URI",
      description =
          "archive: a directory, glob or file on any Hadoop file system, or a Parquet table ("
              + DenoiseConfig.INPUT
              + ")")
  private String input;

  @Option(
      names = "--output",
      descriptionKey = DenoiseConfig.OUTPUT,
      paramLabel = "DIR",
      description = "output directory (" + DenoiseConfig.OUTPUT + ")")
  private String output;

  @Option(
      names = "--reference",
      descriptionKey = DenoiseConfig.REFERENCE,
      paramLabel = "DIR",
      description =
          "root of clean pages with the input's layout, for PSNR/SSIM ("
              + DenoiseConfig.REFERENCE
              + ", default none)")
  private String reference;

  @Option(
      names = "--run-id",
      descriptionKey = DenoiseConfig.RUN_ID,
      paramLabel = "ID",
      description =
          "run id, e.g. nightly-2026-11-22 ("
              + DenoiseConfig.RUN_ID
              + ", default run-<UTC yyyymmddthhmmssz>)")
  private String runId;

  @Option(
      names = "--tile",
      descriptionKey = DenoiseConfig.TILE_SIZE,
      paramLabel = "PIXELS",
      description = "tile side (" + DenoiseConfig.TILE_SIZE + ", default ${DEFAULT-VALUE})")
  private String tile;

  DenoiseCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    DenoiseConfig config = options.config(DenoiseConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> DenoiseJob.run(spark, config));
  }
}
