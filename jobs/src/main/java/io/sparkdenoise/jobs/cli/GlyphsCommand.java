/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.demo.DemoJob;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-denoise glyphs}: MNIST-like data the project makes itself (28x28 digits and letters
 * drawn with the JVM's fonts, the demo's renderer), as IDX files that {@code ingest} reads: the
 * input of the end-to-end and load runs on a cluster, with no download.
 */
@Command(
    name = "glyphs",
    mixinStandardHelpOptions = true,
    description = {
      "Renders MNIST-like 28x28 glyphs (digits and letters, the JVM's fonts) from a seed and writes",
      "them with their labels as IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte)",
      "into DIR, which ingest reads with --format idx. The same count and seed give the same files.",
      "Prints one JSON line: images, seed, output."
    })
final class GlyphsCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--count",
      paramLabel = "N",
      defaultValue = "6000",
      description = "images to render (default 6000)")
  private int count;

  @Option(names = "--seed", defaultValue = "0", description = "random seed (default 0)")
  private long seed;

  @Parameters(index = "0", paramLabel = "DIR", description = "output directory")
  private Path output;

  GlyphsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (count < 1) {
      throw new UsageException("--count must be at least 1, got " + count);
    }
    DemoJob.renderGlyphs(output, count, seed);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("images", count);
    result.put("seed", seed);
    result.put("output", output.toAbsolutePath().toString());
    console.result(JsonLine.of(result));
    return 0;
  }
}
