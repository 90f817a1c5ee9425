/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.notebook;

import java.util.List;
import org.apache.spark.sql.Row;

/** Query results as Markdown tables: cells escaped so that no value breaks the table. */
final class Markdown {
  private Markdown() {}

  /**
   * A table of {@code rows} (every value a string or null) under {@code headers}, with a line
   * saying how many of {@code total} rows it shows when it shows fewer.
   */
  static String table(String[] headers, List<Row> rows, long total) {
    StringBuilder md = new StringBuilder("|");
    for (String header : headers) {
      md.append(' ').append(cell(header)).append(" |");
    }
    md.append("\n|");
    md.append("---|".repeat(headers.length)).append('\n');
    for (Row row : rows) {
      md.append('|');
      for (int i = 0; i < headers.length; i++) {
        md.append(' ').append(row.isNullAt(i) ? "" : cell(row.getString(i))).append(" |");
      }
      md.append('\n');
    }
    if (rows.isEmpty()) {
      md.append("\n(no rows)\n");
    } else if (rows.size() < total) {
      md.append("\n(").append(rows.size()).append(" of ").append(total).append(" rows)\n");
    }
    return md.toString();
  }

  /** One cell: {@code |}, {@code \}, backquotes and {@code <} escaped, on one line. */
  static String cell(String text) {
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("`", "\\`")
        .replace("<", "&lt;")
        .replaceAll("\\s*\\R\\s*", " ");
  }
}
