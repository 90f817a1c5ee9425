/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.ingest.IngestConfig;
import io.sparkdenoise.jobs.ingest.IngestJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code spark-denoise ingest}: images from files, datasets or a table into the images table. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Decodes image files (any Hadoop file system), IDX or CIFAR datasets, or a Parquet table of",
      "encoded images into <output>/images, and everything unusable into <output>/rejects.",
      "Prints one JSON line: format, inputs, rows, rejected, seconds, output."
    })
// The flags are declared here and read by JobOptions from the parse result, not from the fields.
@SuppressWarnings("UnusedVariable")
final class IngestCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--input",
      descriptionKey = IngestConfig.INPUT,
      required = true,
      paramLabel = "PATH",
      description = "path, glob or URI (file:, hdfs:, s3a:)")
  private String input;

  @Option(
      names = "--output",
      descriptionKey = IngestConfig.OUTPUT,
      required = true,
      paramLabel = "DIR",
      description = "directory for the images and rejects tables")
  private String output;

  @Option(
      names = "--overwrite",
      descriptionKey = IngestConfig.OVERWRITE,
      description =
          "write into an output directory that holds files ingest did not write, replacing its"
              + " images/ and rejects/ with everything in them ("
              + IngestConfig.OVERWRITE
              + ", default ${DEFAULT-VALUE})")
  private boolean overwrite;

  @Option(
      names = "--format",
      descriptionKey = IngestConfig.FORMAT,
      paramLabel = "FORMAT",
      description =
          "auto, files, idx, cifar or parquet ("
              + IngestConfig.FORMAT
              + ", default ${DEFAULT-VALUE})")
  private String format;

  IngestCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    IngestConfig config = options.config(IngestConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> IngestJob.run(spark, config));
  }
}
