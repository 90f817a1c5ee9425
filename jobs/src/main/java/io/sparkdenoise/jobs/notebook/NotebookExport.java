/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.notebook;

import io.sparkdenoise.core.provenance.BuildInfo;
import io.sparkdenoise.jobs.JobResult;
import io.sparkdenoise.jobs.spark.TextColumns;
import io.sparkdenoise.jobs.tables.TablesResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the analysis notebook, {@value #NOTEBOOK} and its charts in {@value #FILES}/, into the
 * output directory: a Markdown notebook (jupytext's {@code md} form) of prose, code cells quoted
 * from their sources by {@link NotebookCells} (each announced by a {@code <!-- cell: REF -->}
 * comment) and, under each, the output that running it here gave: result tables in Markdown (the
 * first {@value #ROWS} rows), charts as PNG files.
 */
public final class NotebookExport {
  /** The notebook's file name. */
  public static final String NOTEBOOK = "analysis.md";

  /** The directory of its images, next to it. */
  public static final String FILES = "analysis_files";

  /** Rows shown of each result. */
  public static final int ROWS = 20;

  /** How a cell is announced: {@code <!-- cell: REF -->}. */
  public static final String CELL_MARK = "<!-- cell: ";

  private NotebookExport() {}

  /** What the export wrote. */
  public record Result(String output, int cells, int images) implements JobResult {
    @Override
    public Map<String, Object> summary() {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("output", output);
      summary.put("cells", cells);
      summary.put("images", images);
      return summary;
    }
  }

  /** Runs every cell against the configured tables and writes the notebook. */
  public static Result write(SparkSession spark, NotebookConfig config) throws IOException {
    Path files = Files.createDirectories(config.output().resolve(FILES));
    Writer md = new Writer(files);
    md.text(NotebookText.header(config, BuildInfo.gitRevision()));
    String previous = spark.catalog().currentDatabase();
    try {
      md.text(NotebookText.REGISTER);
      md.cell("java", NotebookCells.JAVA_PREFIX + "register");
      TablesResult tables = AnalysisCells.register(spark, config.metrics(), config.history());
      md.output(registered(tables));
      md.text(NotebookText.EXAMPLE);
      md.cell("java", NotebookCells.JAVA_PREFIX + "example");
      md.text(NotebookText.RUNS);
      md.query(spark, "runs", Map.of());
      md.text(NotebookText.GAIN);
      List<Row> gains = md.query(spark, "gain_by_noise_level", Map.of("run_id", config.runId()));
      md.cell("java", NotebookCells.JAVA_PREFIX + "gain-chart");
      md.image(
          "gain_by_noise_level.png", AnalysisCells.gainChart(gains), "PSNR gain by noise level");
      md.text(NotebookText.WORST);
      md.query(spark, "worst_images", Map.of("run_id", config.runId()));
      md.text(NotebookText.RUN_VS_RUN);
      md.query(
          spark,
          "run_vs_run",
          Map.of("baseline_run", config.baselineRun(), "candidate_run", config.runId()));
      md.text(NotebookText.CURVES);
      List<Row> epochs = md.query(spark, "training_curves", Map.of());
      md.cell("java", NotebookCells.JAVA_PREFIX + "curves-chart");
      md.image("training_curves.png", AnalysisCells.curvesChart(epochs), "Loss per epoch");
    } finally {
      for (String variable : List.of("run_id", "baseline_run", "candidate_run")) {
        spark.conf().unset(variable);
      }
      spark.catalog().setCurrentDatabase(previous);
    }
    Path notebook = config.output().resolve(NOTEBOOK);
    Files.writeString(notebook, md.toString(), StandardCharsets.UTF_8);
    return new Result(notebook.toString(), md.cells, md.images);
  }

  private static String registered(TablesResult tables) {
    StringBuilder table = new StringBuilder("| table | partitions | rows |\n|---|---:|---:|\n");
    tables
        .tables()
        .forEach(
            t ->
                table
                    .append("| ")
                    .append(t.name())
                    .append(" | ")
                    .append(t.partitions())
                    .append(" | ")
                    .append(t.rows())
                    .append(" |\n"));
    return table.toString();
  }

  /** The notebook being written. */
  private static final class Writer {
    private final StringBuilder out = new StringBuilder();
    private final Path files;
    private int cells;
    private int images;

    Writer(Path files) {
      this.files = files;
    }

    void text(String markdown) {
      out.append(markdown.strip()).append("\n\n");
    }

    void cell(String language, String reference) {
      cells++;
      out.append(CELL_MARK).append(reference).append(" -->\n```").append(language).append('\n');
      out.append(NotebookCells.code(reference)).append("\n```\n\n");
    }

    void output(String markdown) {
      out.append(markdown.strip()).append("\n\n");
    }

    List<Row> query(SparkSession spark, String example, Map<String, String> variables) {
      cell("sql", NotebookCells.sqlReference(example));
      Dataset<Row> result = AnalysisCells.example(spark, example, variables);
      List<Row> rows = result.collectAsList();
      output(
          Markdown.table(
              result.columns(), TextColumns.of(result).limit(ROWS).collectAsList(), rows.size()));
      return rows;
    }

    void image(String name, byte[] png, String alt) throws IOException {
      images++;
      Files.write(files.resolve(name), png);
      output("![" + alt + "](" + FILES + "/" + name + ")");
    }

    @Override
    public String toString() {
      return out.toString().stripTrailing() + "\n";
    }
  }
}
