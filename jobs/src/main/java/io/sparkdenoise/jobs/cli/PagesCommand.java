/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.pages.PagesConfig;
import io.sparkdenoise.jobs.pages.PagesJob;
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
          + " one or two columns) with the JVM's fonts and any --fonts, one file each, page-NNNNNN.png or .tif,"
          + " with the text drawn on it in page-NNNNNN.txt (the ground truth ingest reads), into"
          + " --output, published atomically. Page i depends only on seed, i, paper, dpi and fonts.",
      "Then: spark-denoise ingest --input DIR --output T --conf ingest.tile.size=64 for patches.",
      "Prints one JSON line: pages, bytes, width, height, dpi, seconds, output."
    })
// The flags are declared here and read by JobOptions from the parse result, not from the fields.
@SuppressWarnings("UnusedVariable")
final class PagesCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--output",
      descriptionKey = PagesConfig.OUTPUT,
      paramLabel = "URI",
      description = "directory to write (" + PagesConfig.OUTPUT + ")")
  private String output;

  @Option(
      names = "--count",
      descriptionKey = PagesConfig.COUNT,
      paramLabel = "N",
      description = "pages to render (" + PagesConfig.COUNT + ", default ${DEFAULT-VALUE})")
  private String count;

  @Option(
      names = "--first",
      descriptionKey = PagesConfig.FIRST,
      paramLabel = "I",
      description = "index of the first page (" + PagesConfig.FIRST + ", default ${DEFAULT-VALUE})")
  private String first;

  @Option(
      names = "--dpi",
      descriptionKey = PagesConfig.DPI,
      paramLabel = "DPI",
      description = "resolution, 72 to 600 (" + PagesConfig.DPI + ", default ${DEFAULT-VALUE})")
  private String dpi;

  @Option(
      names = "--paper",
      descriptionKey = PagesConfig.PAPER,
      paramLabel = "SIZE",
      description = "a4 or letter (" + PagesConfig.PAPER + ", default ${DEFAULT-VALUE})")
  private String paper;

  @Option(
      names = "--format",
      descriptionKey = PagesConfig.FORMAT,
      paramLabel = "FMT",
      description = "png or tif (" + PagesConfig.FORMAT + ", default ${DEFAULT-VALUE})")
  private String format;

  @Option(
      names = "--fonts",
      descriptionKey = PagesConfig.FONTS,
      paramLabel = "URIS",
      description =
          "font files or directories to draw in too, comma-separated (" + PagesConfig.FONTS + ")")
  private String fonts;

  @Option(
      names = "--seed",
      descriptionKey = PagesConfig.SEED,
      paramLabel = "N",
      description = "corpus seed (" + PagesConfig.SEED + ", default ${DEFAULT-VALUE})")
  private String seed;

  PagesCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    PagesConfig config = options.config(PagesConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> PagesJob.run(spark, config));
  }
}
