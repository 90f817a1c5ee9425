/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.contracts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Whether Parquet files fit a table's schema: every column of the files is in the schema with the
 * same type, and every column of the schema the files lack is nullable (a table written by an older
 * build, before a nullable field was added). Nullability of the files' columns is ignored (Spark
 * reads every Parquet column as nullable), and so is column order.
 */
public final class SchemaFit {
  private SchemaFit() {}

  /**
   * Checks the files under {@code location} against {@code schema}; a directory without data files
   * yet (no runs scored) fits any schema.
   *
   * @throws IOException listing every misfit
   */
  public static void requireFits(
      SparkSession spark, Table table, StructType schema, String location) throws IOException {
    StructType files;
    try {
      files = spark.read().parquet(location).schema();
    } catch (Exception e) { // Scala throws AnalysisException, a checked exception, undeclared
      if (e instanceof AnalysisException && e.getMessage().contains("Unable to infer schema")) {
        return;
      }
      throw e;
    }
    List<String> misfits = misfits(schema, files);
    if (!misfits.isEmpty()) {
      throw new IOException(table.notThisTable(location) + ": " + String.join("; ", misfits));
    }
  }

  /** The misfits of {@code files} against {@code schema}, one phrase each; empty if they fit. */
  static List<String> misfits(StructType schema, StructType files) {
    List<String> misfits = new ArrayList<>();
    List<String> names = Arrays.asList(schema.fieldNames());
    for (StructField field : files.fields()) {
      if (!names.contains(field.name())) {
        misfits.add("unknown column " + field.name());
      } else {
        String expected = schema.apply(field.name()).dataType().catalogString();
        String actual = field.dataType().catalogString();
        if (!expected.equals(actual)) {
          misfits.add("column " + field.name() + " is " + actual + ", expected " + expected);
        }
      }
    }
    List<String> present = Arrays.asList(files.fieldNames());
    for (StructField field : schema.fields()) {
      if (!present.contains(field.name()) && !field.nullable()) {
        misfits.add("no column " + field.name());
      }
    }
    return misfits;
  }

  /** Whether two schemas have the same column names and types in the same order. */
  public static boolean sameColumns(StructType a, StructType b) {
    if (a.fields().length != b.fields().length) {
      return false;
    }
    for (int i = 0; i < a.fields().length; i++) {
      StructField x = a.fields()[i];
      StructField y = b.fields()[i];
      if (!x.name().equals(y.name())
          || !x.dataType().catalogString().equals(y.dataType().catalogString())) {
        return false;
      }
    }
    return true;
  }
}
