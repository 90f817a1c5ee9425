/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.notebook;

import io.sparkdenoise.jobs.tables.SqlExamples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The code of the notebook's cells, from their sources: {@code sql/examples/<name>.sql} for a SQL
 * cell, the lines between {@code // notebook-cell: <name>} and {@code // notebook-cell-end} of
 * {@link AnalysisCells} (dedented) for a Java cell. A cell is named in the notebook by its source
 * reference, {@code sql/examples/runs.sql} or {@code AnalysisCells#register}.
 */
public final class NotebookCells {
  /** Where the build puts AnalysisCells.java on the class path. */
  public static final String CELLS_RESOURCE = "notebook/AnalysisCells.java";

  /** The source file of the Java cells, relative to the project root. */
  public static final String CELLS_SOURCE =
      "jobs/src/main/java/io/sparkdenoise/jobs/notebook/AnalysisCells.java";

  /** The reference prefix of the Java cells. */
  public static final String JAVA_PREFIX = "AnalysisCells#";

  private static final String BEGIN = "// notebook-cell: ";
  private static final String END = "// notebook-cell-end";

  private NotebookCells() {}

  /** The reference of example query {@code name}'s cell. */
  static String sqlReference(String name) {
    return "sql/examples/" + name + ".sql";
  }

  /** The code of the cell {@code reference}, from the class path. */
  static String code(String reference) {
    if (reference.startsWith(JAVA_PREFIX)) {
      return region(resource(), reference.substring(JAVA_PREFIX.length()));
    }
    String name = reference.replaceFirst("^sql/examples/", "").replaceFirst("\\.sql$", "");
    return SqlExamples.text(name).strip();
  }

  /**
   * The lines of {@code source} between the markers of cell {@code name}, without the markers,
   * dedented by the first line's indentation.
   *
   * @throws IllegalArgumentException when the cell's markers are not in the source
   */
  public static String region(String source, String name) {
    List<String> lines = source.lines().toList();
    int begin = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(BEGIN + name)) {
        begin = i;
      } else if (begin >= 0 && lines.get(i).strip().equals(END)) {
        return dedent(lines.subList(begin + 1, i));
      }
    }
    throw new IllegalArgumentException("no notebook cell '" + name + "' between markers");
  }

  private static String dedent(List<String> lines) {
    int indent = lines.isEmpty() ? 0 : lines.get(0).length() - lines.get(0).stripLeading().length();
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(
          line.length() >= indent && line.substring(0, indent).isBlank()
              ? line.substring(indent)
              : line.strip());
    }
    return String.join("\n", out);
  }

  private static String resource() {
    try (InputStream in =
        NotebookCells.class.getClassLoader().getResourceAsStream(CELLS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the build put no " + CELLS_RESOURCE + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
