/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

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
    Iterator<Row> rows = asText(result).toLocalIterator();
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

  /** Every column rendered as a string by Spark; positional, so repeated names do no harm. */
  private static Dataset<Row> asText(Dataset<Row> result) {
    StructField[] fields = result.schema().fields();
    String[] positional = new String[fields.length];
    Column[] text = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      positional[i] = "c" + i;
      text[i] = asText(col(positional[i]), fields[i].dataType()).as(positional[i]);
    }
    return result.toDF(positional).select(text);
  }

  private static Column asText(Column column, DataType type) {
    if (type instanceof BinaryType) {
      return concat(lit("<"), octet_length(column).cast("string"), lit(" bytes>"));
    }
    if (type instanceof MapType || type instanceof ArrayType || type instanceof StructType) {
      return to_json(column);
    }
    return column.cast("string");
  }
}
