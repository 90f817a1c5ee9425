/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.spark.TextColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * A query result printed as CSV with a header, the output of {@code sql} and {@code tables query}.
 * Values are rendered by Spark as text (numbers, dates and times in the session's time zone),
 * binary cells as {@code <N bytes>}, maps, arrays and structs as JSON (binary values inside them as
 * base64, Spark's {@code to_json}), nulls as empty fields. Rows are streamed a partition at a time,
 * so a large result is not held on the driver.
 */
final class CsvResults {
  private CsvResults() {}

  /**
   * Runs one statement; a SQL error (parse or analysis) becomes a one-line usage error.
   *
   * @throws UsageException for a statement Spark cannot parse or resolve
   */
  static Dataset<Row> sql(SparkSession spark, String statement) {
    try {
      return spark.sql(statement);
    } catch (Exception e) { // Scala throws AnalysisException, a checked exception, undeclared
      if (e instanceof AnalysisException analysis) {
        throw new UsageException("SQL error: " + oneLine(analysis.getSimpleMessage()));
      }
      throw e;
    }
  }

  /** Prints {@code result} to the console's stdout: a header line, then one line per row. */
  static void print(Console console, Dataset<Row> result) {
    StructField[] fields = result.schema().fields();
    console.result(CsvText.record(Arrays.stream(fields).map(StructField::name).toList()));
    Iterator<Row> rows = TextColumns.of(result).toLocalIterator();
    List<String> record = new ArrayList<>(fields.length);
    while (rows.hasNext()) {
      Row row = rows.next();
      record.clear();
      for (int i = 0; i < fields.length; i++) {
        record.add(row.isNullAt(i) ? null : row.getString(i));
      }
      console.result(CsvText.record(record));
    }
  }

  /** Spark's message on one line. */
  static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
