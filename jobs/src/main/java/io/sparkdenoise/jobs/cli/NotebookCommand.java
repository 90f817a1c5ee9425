/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.notebook.NotebookConfig;
import io.sparkdenoise.jobs.notebook.NotebookExport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code spark-denoise notebook}: the analysis notebook over a metrics and a history table. */
@Command(
    name = "notebook",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the analysis notebook's cells (the example queries and the Java of"
          + " jobs/notebook/AnalysisCells) over the tables and writes <output>/analysis.md with"
          + " their outputs and <output>/analysis_files/*.png (what notebooks-export/ holds).",
      "Prints one JSON line: output, cells, images."
    })
// The flags are declared here and read by JobOptions from the parse result, not from the fields.
@SuppressWarnings("UnusedVariable")
final class NotebookCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--metrics",
      descriptionKey = NotebookConfig.METRICS,
      paramLabel = "URI",
      description = "the metrics table")
  private String metrics;

  @Option(
      names = "--history",
      descriptionKey = NotebookConfig.HISTORY,
      paramLabel = "URI",
      description = "a history table")
  private String history;

  @Option(
      names = "--run-id",
      descriptionKey = NotebookConfig.RUN_ID,
      paramLabel = "ID",
      description = "the run to look at")
  private String runId;

  @Option(
      names = "--baseline-run",
      descriptionKey = NotebookConfig.BASELINE_RUN,
      paramLabel = "ID",
      description = "the run to compare it with")
  private String baselineRun;

  @Option(
      names = "--output",
      descriptionKey = NotebookConfig.OUTPUT,
      paramLabel = "DIR",
      description = "local directory (" + NotebookConfig.OUTPUT + ", default ${DEFAULT-VALUE})")
  private String output;

  NotebookCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    NotebookConfig config = options.config(NotebookConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> NotebookExport.write(spark, config));
  }
}
