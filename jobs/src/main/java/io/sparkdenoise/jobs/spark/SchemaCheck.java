/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Compares a DataFrame's schema with the one in {@code data-schemas/} and reports each difference
 * as one readable line. Field metadata (the descriptions) is not compared. Nullability of top-level
 * and nested struct fields is compared only in {@link Nullability#STRICT} mode: Spark marks every
 * column nullable when it reads Parquet back, so checks of re-read tables use {@link
 * Nullability#IGNORE}. Nullability inside arrays and maps is never compared.
 */
public final class SchemaCheck {
  /** Whether field nullability must match. */
  public enum Nullability {
    /** Nullability must match, e.g. for a job's output before it is written. */
    STRICT,
    /** Nullability is ignored, e.g. for a table read back from Parquet. */
    IGNORE
  }

  private SchemaCheck() {}

  /**
   * Throws {@link IllegalStateException} listing every difference if {@code actual} differs from
   * {@code expected}.
   */
  public static void requireMatches(
      String table, StructType expected, StructType actual, Nullability nullability) {
    List<String> differences = differences(expected, actual, nullability);
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          "schema of "
              + table
              + " differs from data-schemas/"
              + table
              + ".json:\n  "
              + String.join("\n  ", differences));
    }
  }

  /**
   * The differences of {@code actual} from {@code expected}, one line each; empty if they match.
   */
  public static List<String> differences(
      StructType expected, StructType actual, Nullability nullability) {
    List<String> out = new ArrayList<>();
    compare(expected, actual, "", nullability, out);
    return out;
  }

  private static void compare(
      StructType expected,
      StructType actual,
      String prefix,
      Nullability nullability,
      List<String> out) {
    List<String> expectedNames = Arrays.asList(expected.fieldNames());
    List<String> actualNames = Arrays.asList(actual.fieldNames());
    for (StructField field : expected.fields()) {
      String path = prefix + field.name();
      if (!actualNames.contains(field.name())) {
        out.add("missing field " + path + ": " + field.dataType().catalogString());
        continue;
      }
      StructField other = actual.apply(field.name());
      if (field.dataType() instanceof StructType nested
          && other.dataType() instanceof StructType got) {
        compare(nested, got, path + ".", nullability, out);
      } else if (!field.dataType().catalogString().equals(other.dataType().catalogString())) {
        out.add(
            "field "
                + path
                + " has type "
                + other.dataType().catalogString()
                + ", expected "
                + field.dataType().catalogString());
      }
      if (nullability == Nullability.STRICT && field.nullable() != other.nullable()) {
        out.add(
            "field "
                + path
                + " is "
                + nullableWord(other.nullable())
                + ", expected "
                + nullableWord(field.nullable()));
      }
    }
    for (StructField field : actual.fields()) {
      if (!expectedNames.contains(field.name())) {
        out.add(
            "unexpected field " + prefix + field.name() + ": " + field.dataType().catalogString());
      }
    }
    List<String> common = new ArrayList<>(actualNames);
    common.retainAll(expectedNames);
    List<String> expectedOrder = new ArrayList<>(expectedNames);
    expectedOrder.retainAll(actualNames);
    if (!common.equals(expectedOrder)) {
      out.add(
          "fields"
              + (prefix.isEmpty() ? "" : " of " + prefix.substring(0, prefix.length() - 1))
              + " are in order "
              + common
              + ", expected "
              + expectedOrder);
    }
  }

  private static String nullableWord(boolean nullable) {
    return nullable ? "nullable" : "not nullable";
  }
}
