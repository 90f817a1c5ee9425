/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.pages.PagesConfig;
import io.sparkdenoise.jobs.pages.PagesJob;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spark-denoise pages}: a corpus of clean document pages. Each flag sets one {@code pages.*}
 * key over the configuration layers.
 */
@Command(
    name = "pages",
    mixinStandardHelpOptions = true,
    description = {
      "Renders clean document pages (generated text: headings, paragraphs, lists, ruled tables,"
          + " one or two columns) with the JVM's fonts, one file each, page-NNNNNN.png or .tif,"
          + " into --output, published atomically. Page i depends only on seed, i, paper and dpi.",
      "Then: spark-denoise ingest --input DIR --output T --conf ingest.tile.size=64 for patches.",
      "Prints one JSON line: pages, bytes, width, height, dpi, seconds, output."
    })
final class PagesCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--output",
      paramLabel = "URI",
      description = "directory to write (" + PagesConfig.OUTPUT + ")")
  private String output;

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "pages to render (" + PagesConfig.COUNT + ", default 100)")
  private String count;

  @Option(
      names = "--first",
      paramLabel = "I",
      description = "index of the first page (" + PagesConfig.FIRST + ", default 0)")
  private String first;

  @Option(
      names = "--dpi",
      paramLabel = "DPI",
      description = "resolution, 72 to 600 (" + PagesConfig.DPI + ", default 200)")
  private String dpi;

  @Option(
      names = "--paper",
      paramLabel = "SIZE",
      description = "a4 or letter (" + PagesConfig.PAPER + ", default a4)")
  private String paper;

  @Option(
      names = "--format",
      paramLabel = "FMT",
      description = "png or tif (" + PagesConfig.FORMAT + ", default png)")
  private String format;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "corpus seed (" + PagesConfig.SEED + ", default 0)")
  private String seed;

  PagesCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put(PagesConfig.OUTPUT, output);
    flags.put(PagesConfig.COUNT, count);
    flags.put(PagesConfig.FIRST, first);
    flags.put(PagesConfig.DPI, dpi);
    flags.put(PagesConfig.PAPER, paper);
    flags.put(PagesConfig.FORMAT, format);
    flags.put(PagesConfig.SEED, seed);
    PagesConfig config = options.config(flags, PagesConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> PagesJob.run(spark, config));
  }
}
