/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.notebook;

import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The configuration of {@code spark-denoise notebook}, from the {@code notebook} and {@code spark}
 * blocks (layers: {@code reference.conf}, {@code --config}, {@code --conf}, flags).
 *
 * @param spark how the session is set up
 * @param metrics the metrics table ({@value #METRICS})
 * @param history a history table ({@value #HISTORY})
 * @param runId the run the per-run cells look at ({@value #RUN_ID})
 * @param baselineRun the run it is compared with ({@value #BASELINE_RUN})
 * @param output the local directory of the notebook and its images ({@value #OUTPUT})
 */
public record NotebookConfig(
    SparkOptions spark,
    String metrics,
    String history,
    String runId,
    String baselineRun,
    Path output) {
  /** Key of the metrics table's URI; required. */
  public static final String METRICS = "notebook.metrics";

  /** Key of the history table's URI; required. */
  public static final String HISTORY = "notebook.history";

  /** Key of the run id; required. */
  public static final String RUN_ID = "notebook.run-id";

  /** Key of the run to compare with; required. */
  public static final String BASELINE_RUN = "notebook.baseline-run";

  /** Key of the output directory. */
  public static final String OUTPUT = "notebook.output";

  /** Checks the fields. */
  public NotebookConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(output, "output");
    ConfigReader.requireNonBlank(METRICS, metrics);
    ConfigReader.requireNonBlank(HISTORY, history);
    ConfigReader.requireNonBlank(RUN_ID, runId);
    ConfigReader.requireNonBlank(BASELINE_RUN, baselineRun);
  }

  /** The configuration in {@code config}. */
  public static NotebookConfig from(ConfigReader config) {
    return new NotebookConfig(
        SparkOptions.from(config),
        config.string(METRICS),
        config.string(HISTORY),
        config.string(RUN_ID),
        config.string(BASELINE_RUN),
        Path.of(config.string(OUTPUT)));
  }
}
