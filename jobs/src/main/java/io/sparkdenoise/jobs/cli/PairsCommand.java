/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.pairs.PairsConfig;
import io.sparkdenoise.jobs.pairs.PairsJob;
import io.sparkdenoise.jobs.pairs.RealPairsConfig;
import io.sparkdenoise.jobs.pairs.RealPairsJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spark-denoise pairs}: noisy/clean pairs from an images table. Each flag sets one {@code
 * pairs.*} key over the configuration layers; the configuration is checked (the noise spec parsed)
 * before any Spark session starts.
 */
@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    description = {
      "Makes noisy/clean pairs from an images table, the noise drawn per image from a spec and a"
          + " seed; or, with --noisy and --clean, from an archive's own noisy scans and their clean"
          + " counterparts, matched by relative path (pages by index), or the two images tables"
          + " ingest made of them, matched by image id; tiled by pairs.tile.*, unmatched or"
          + " unreadable files in <output>/_rejects.",
      "Spec examples: gaussian:sigma=25, gaussian:sigma=5..50,"
          + " '0.7*gaussian:sigma=5..50|0.3*salt-pepper:amount=0.02..0.1'"
          + " (see spark-denoise noise --help for the models).",
      "Prints one JSON line: images, pairs, failed (undecodable rows), seconds, output; for real"
          + " pairs: matched, pairs, rejected, seconds, output, rejects."
    })
// The flags are declared here and read by JobOptions from the parse result, not from the fields.
@SuppressWarnings("UnusedVariable")
final class PairsCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--images",
      descriptionKey = PairsConfig.IMAGES,
      paramLabel = "URI",
      description = "images table (" + PairsConfig.IMAGES + ")")
  private String images;

  @Option(
      names = "--noisy",
      descriptionKey = RealPairsConfig.NOISY,
      paramLabel = "URI",
      description =
          "real pairs: the noisy scans, a folder, glob or file on any Hadoop file system, or"
              + " their images table ("
              + RealPairsConfig.NOISY
              + "); instead of --images and --noise")
  private String noisy;

  @Option(
      names = "--clean",
      descriptionKey = RealPairsConfig.CLEAN,
      paramLabel = "URI",
      description =
          "real pairs: their clean counterparts, at the same relative paths, or their images"
              + " table ("
              + RealPairsConfig.CLEAN
              + ")")
  private String clean;

  @Option(
      names = "--output",
      descriptionKey = PairsConfig.OUTPUT,
      paramLabel = "URI",
      description = "pairs table to write (" + PairsConfig.OUTPUT + ")")
  private String output;

  @Option(
      names = "--noise",
      descriptionKey = PairsConfig.NOISE,
      paramLabel = "SPEC",
      description = "noise spec (" + PairsConfig.NOISE + ")")
  private String noise;

  @Option(
      names = "--seed",
      descriptionKey = PairsConfig.SEED,
      paramLabel = "N",
      description = "noise seed (" + PairsConfig.SEED + ", default ${DEFAULT-VALUE})")
  private String seed;

  @Option(
      names = "--splits",
      descriptionKey = PairsConfig.SPLITS,
      paramLabel = "LIST",
      description =
          "splits to include, e.g. train,validation ("
              + PairsConfig.SPLITS
              + ", default ${DEFAULT-VALUE})")
  private String splits;

  @Option(
      names = "--partitions",
      descriptionKey = PairsConfig.PARTITIONS,
      paramLabel = "N",
      description =
          "spread the images over N partitions first ("
              + PairsConfig.PARTITIONS
              + ", default ${DEFAULT-VALUE}; 0: as read)")
  private String partitions;

  PairsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    ConfigReader settings = options.load();
    if (RealPairsConfig.isReal(settings)) {
      RealPairsConfig config = options.config(RealPairsConfig::from);
      return SparkJobs.run(console, config.spark(), spark -> RealPairsJob.run(spark, config));
    }
    PairsConfig config = options.config(PairsConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> PairsJob.run(spark, config));
  }
}
