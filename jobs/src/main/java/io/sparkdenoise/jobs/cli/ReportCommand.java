/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.report.ReportConfig;
import io.sparkdenoise.jobs.report.ReportJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spark-denoise report}: a self-contained HTML report of one score run. Each flag sets one
 * {@code report.*} key over the configuration layers.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a self-contained HTML report of one score run: summary tables, training curves,"
          + " PSNR/SSIM histograms per method, gain against noise level, before/after images and"
          + " the run's provenance. No scripts; images inlined as data: URIs.",
      "--run is the run's partition of the metrics table, <metrics dir>/run_id=<id>; its"
          + " _provenance.json names the model (for the training history) and the pairs table"
          + " (for the clean and noisy images).",
      "Prints one JSON line: run_id, output, bytes, sections, figures, notes, seconds.",
      "Example: spark-denoise report --run out/metrics/run_id=demo --output out/demo.html"
    })
// The flags are declared here and read by JobOptions from the parse result, not from the fields.
@SuppressWarnings("UnusedVariable")
final class ReportCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--run",
      descriptionKey = ReportConfig.RUN,
      paramLabel = "URI",
      description = "the run, <metrics dir>/run_id=<id> (" + ReportConfig.RUN + ")")
  private String run;

  @Option(
      names = "--output",
      descriptionKey = ReportConfig.OUTPUT,
      paramLabel = "FILE",
      description = "the .html file to write, replaced atomically (" + ReportConfig.OUTPUT + ")")
  private String output;

  @Option(
      names = "--history",
      descriptionKey = ReportConfig.HISTORY,
      paramLabel = "URI",
      description = "history table instead of <model dir>/history (" + ReportConfig.HISTORY + ")")
  private String history;

  @Option(
      names = "--pairs",
      descriptionKey = ReportConfig.PAIRS,
      paramLabel = "URI",
      description = "pairs table instead of the run's (" + ReportConfig.PAIRS + ")")
  private String pairs;

  @Option(
      names = "--splits",
      descriptionKey = ReportConfig.SPLITS,
      paramLabel = "LIST",
      description =
          "splits of the run to report on, e.g. validation,test ("
              + ReportConfig.SPLITS
              + ", default ${DEFAULT-VALUE})")
  private String splits;

  @Option(
      names = "--examples",
      descriptionKey = ReportConfig.EXAMPLES,
      paramLabel = "N",
      description =
          "images in the before/after grid ("
              + ReportConfig.EXAMPLES
              + ", default ${DEFAULT-VALUE})")
  private String examples;

  ReportCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    ReportConfig config = options.config(ReportConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> ReportJob.run(spark, config));
  }
}
