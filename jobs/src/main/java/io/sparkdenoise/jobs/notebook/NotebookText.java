/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.notebook;

/** The notebook's prose, between its cells. */
final class NotebookText {
  static final String REGISTER =
      """
      ## 1. The tables

      The metrics table (one partition per score run) and the model's history table, registered as
      external Parquet tables in the session's catalog (`spark-denoise tables register` does the
      same; with `--catalog hive` they stay in a Hive metastore).
      """;

  static final String EXAMPLE =
      """
      ## 2. The example queries

      Each query below is a file of `sql/examples/`, run as this cell does: its `${hivevar:...}`
      variables set in the session, its last statement run with Spark SQL.
      """;

  static final String RUNS = "### Runs\n\nEvery run in the metrics table.";

  static final String GAIN =
      """
      ### Gain by noise level

      How much each method improves on the noisy input, by noise level, in the run.
      """;

  static final String WORST =
      """
      ### Worst images

      The images on which the model gained least, beside the best classical baseline.
      """;

  static final String RUN_VS_RUN =
      """
      ### One run against another

      The run against the baseline run, method by method on the same images.
      """;

  static final String CURVES =
      """
      ### Training curves

      The model's history, one row per epoch.
      """;

  private NotebookText() {}

  /** The front matter (jupytext) and the honest header. */
  static String header(NotebookConfig config, String revision) {
    return """
        ---
        jupyter:
          jupytext:
            text_representation:
              extension: .md
              format_name: markdown
          kernelspec:
            display_name: Java
            language: java
            name: java
        ---

        # Analysis of a spark-denoise run

        > **What this file is.** An exported notebook in jupytext's Markdown form: prose, code cells
        > and, under each, the output it gave. The code is quoted verbatim from compiled sources:
        > the SQL cells are the files in `sql/examples/`, the Java cells the regions of
        > `%s` between `// notebook-cell:` markers; a test fails when a cell here differs from its
        > source. No Jupyter kernel ran it: PySpark cannot be installed where this project is
        > built (no PyPI), so `spark-denoise notebook` ran each cell in a SparkSession and wrote
        > its output. The Java cells also run in a Java kernel (e.g. IJava) with the jobs jar on
        > its class path and `spark` a SparkSession; the SQL cells in spark-sql or a `%%%%sql` cell.
        >
        > Regenerate with `bin/export-notebook` (a small demo run, then `spark-denoise notebook`).
        > This export: run `%s` against `%s` of the metrics table `%s`, history `%s`, code
        > revision `%s`.
        """
        .formatted(
            NotebookCells.CELLS_SOURCE,
            config.runId(),
            config.baselineRun(),
            relative(config.metrics()),
            relative(config.history()),
            revision);
  }

  /** A path shown without the machine-specific part before the run's directory name. */
  private static String relative(String uri) {
    int demo = uri.indexOf("/demo/");
    return demo < 0 ? uri : "DEMO_DIR" + uri.substring(demo + "/demo".length());
  }
}
