/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.pairs.PairsConfig;
import io.sparkdenoise.jobs.pairs.PairsJob;
import java.util.LinkedHashMap;
import java.util.Map;
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
          + " seed.",
      "Spec examples: gaussian:sigma=25, gaussian:sigma=5..50,"
          + " '0.7*gaussian:sigma=5..50|0.3*salt-pepper:amount=0.02..0.1'"
          + " (see spark-denoise noise --help for the models).",
      "Prints one JSON line: images, pairs, failed (undecodable rows), seconds, output."
    })
final class PairsCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--images",
      paramLabel = "URI",
      description = "images table (" + PairsConfig.IMAGES + ")")
  private String images;

  @Option(
      names = "--output",
      paramLabel = "URI",
      description = "pairs table to write (" + PairsConfig.OUTPUT + ")")
  private String output;

  @Option(
      names = "--noise",
      paramLabel = "SPEC",
      description = "noise spec (" + PairsConfig.NOISE + ")")
  private String noise;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "noise seed (" + PairsConfig.SEED + ", default 0)")
  private String seed;

  @Option(
      names = "--splits",
      paramLabel = "LIST",
      description =
          "splits to include, e.g. train,validation (" + PairsConfig.SPLITS + ", default all)")
  private String splits;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description =
          "spread the images over N partitions first ("
              + PairsConfig.PARTITIONS
              + ", default 0: as read)")
  private String partitions;

  PairsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put(PairsConfig.IMAGES, images);
    flags.put(PairsConfig.OUTPUT, output);
    flags.put(PairsConfig.NOISE, noise);
    flags.put(PairsConfig.SEED, seed);
    flags.put(PairsConfig.SPLITS, splits);
    flags.put(PairsConfig.PARTITIONS, partitions);
    PairsConfig config = options.config(flags, PairsConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> PairsJob.run(spark, config));
  }
}
