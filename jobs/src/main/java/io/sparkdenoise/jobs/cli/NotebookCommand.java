/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.notebook.NotebookConfig;
import io.sparkdenoise.jobs.notebook.NotebookExport;
import java.util.LinkedHashMap;
import java.util.Map;
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
final class NotebookCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(names = "--metrics", paramLabel = "URI", description = "the metrics table")
  private String metrics;

  @Option(names = "--history", paramLabel = "URI", description = "a history table")
  private String history;

  @Option(names = "--run-id", paramLabel = "ID", description = "the run to look at")
  private String runId;

  @Option(names = "--baseline-run", paramLabel = "ID", description = "the run to compare it with")
  private String baselineRun;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "local directory (" + NotebookConfig.OUTPUT + ", default notebooks-export)")
  private String output;

  NotebookCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put(NotebookConfig.METRICS, metrics);
    flags.put(NotebookConfig.HISTORY, history);
    flags.put(NotebookConfig.RUN_ID, runId);
    flags.put(NotebookConfig.BASELINE_RUN, baselineRun);
    flags.put(NotebookConfig.OUTPUT, output);
    NotebookConfig config = options.config(flags, NotebookConfig::from);
    return SparkJobs.run(console, config.spark(), spark -> NotebookExport.write(spark, config));
  }
}
