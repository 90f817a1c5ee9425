/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.to_json;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A query result with every column rendered as text by Spark, for printing: numbers, dates and
 * times as Spark casts them to strings (times in the session's time zone), binary cells as {@code
 * <N bytes>}, maps, arrays and structs as JSON ({@code to_json}: binary values inside as base64).
 * Nulls stay null. Columns are renamed {@code c0, c1, ...} (positional, so repeated names do no
 * harm).
 */
public final class TextColumns {
  private TextColumns() {}

  /** Every column of {@code result} as a string column. */
  public static Dataset<Row> of(Dataset<Row> result) {
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
