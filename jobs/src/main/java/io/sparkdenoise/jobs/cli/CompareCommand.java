/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.compare.CompareConfig;
import io.sparkdenoise.jobs.compare.CompareJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spark-denoise compare}: trains a grid of presets and losses on the same pairs with the
 * same seed, scores each on the test split and writes one HTML report comparing them. Each flag
 * sets one {@code compare.*} key; {@code --conf train.*} and {@code --conf score.*} apply to every
 * run.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Trains one model per preset and loss on the same pairs with the same seed (one after"
          + " another), scores each on the test split and writes <output>/report.html: their test"
          + " PSNR/SSIM, validation curves and histograms side by side.",
      "--conf train.* and --conf score.* settings apply to every run (score.baselines defaults to"
          + " identity here). Outputs: <output>/models/<preset>-<loss>, <output>/metrics"
          + " (run id <preset>-<loss>), <output>/report.html.",
      "Prints one JSON line: runs (name, preset, loss, test_psnr_db, test_ssim, ...), report,"
          + " seconds.",
      "Example: spark-denoise compare --pairs out/pairs --output out/compare --presets"
          + " seed,transpose --losses mse,l1,bce --conf train.epochs=5"
    })
// The flags are declared here and read by JobOptions from the parse result, not from the fields.
@SuppressWarnings("UnusedVariable")
final class CompareCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--pairs",
      descriptionKey = CompareConfig.PAIRS,
      paramLabel = "URI",
      description =
          "the pairs table every model trains and is scored on (" + CompareConfig.PAIRS + ")")
  private String pairs;

  @Option(
      names = "--output",
      descriptionKey = CompareConfig.OUTPUT,
      paramLabel = "DIR",
      description =
          "directory for models/, metrics/ and report.html (" + CompareConfig.OUTPUT + ")")
  private String output;

  @Option(
      names = "--presets",
      descriptionKey = CompareConfig.PRESETS,
      paramLabel = "LIST",
      description =
          "presets, e.g. seed,transpose (" + CompareConfig.PRESETS + ", default ${DEFAULT-VALUE})")
  private String presets;

  @Option(
      names = "--losses",
      descriptionKey = CompareConfig.LOSSES,
      paramLabel = "LIST",
      description =
          "losses, e.g. mse,l1,bce (" + CompareConfig.LOSSES + ", default ${DEFAULT-VALUE})")
  private String losses;

  CompareCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    CompareConfig config = options.config(CompareConfig::from, CompareConfig.JOB_BLOCKS);
    return SparkJobs.run(console, config.spark(), spark -> CompareJob.run(spark, config));
  }
}
