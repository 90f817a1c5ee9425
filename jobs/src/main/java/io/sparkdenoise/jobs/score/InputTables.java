/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import io.sparkdenoise.jobs.spark.SchemaCheck;
import io.sparkdenoise.jobs.spark.TableSchemas;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Reads the columns a score run uses from its input table, checked against data-schemas/. */
public final class InputTables {
  /** The pairs-table columns the job reads. */
  static final List<String> PAIRS_COLUMNS =
      List.of("id", "split", "clean_png", "noisy_png", "noise_model", "noise_params");

  /** The images-table columns the job reads. */
  static final List<String> IMAGES_COLUMNS = List.of("id", "split", "png");

  private InputTables() {}

  /**
   * The used columns of {@code input}'s table.
   *
   * @throws NoSuchFileException when the table does not exist
   * @throws IOException when a used column is missing or has another type
   */
  public static Dataset<Row> read(SparkSession spark, ScoreInput input) throws IOException {
    String table = input.kind();
    List<String> used = input.isImages() ? IMAGES_COLUMNS : PAIRS_COLUMNS;
    Path path = new Path(input.uri());
    if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
      throw new NoSuchFileException(input.uri());
    }
    Dataset<Row> rows = spark.read().parquet(input.uri());
    List<String> differences = differences(table, used, rows.schema());
    if (!differences.isEmpty()) {
      throw new IOException(
          input.uri()
              + " is not a "
              + table
              + " table (data-schemas/"
              + table
              + ".json): "
              + differences);
    }
    return rows.select(used.stream().map(functions::col).toArray(Column[]::new));
  }

  /** Differences in the used columns only: newer tables may have more. */
  private static List<String> differences(String table, List<String> used, StructType actual) {
    List<StructField> expected = new ArrayList<>();
    List<StructField> found = new ArrayList<>();
    List<String> names = Arrays.asList(actual.fieldNames());
    for (StructField field : TableSchemas.load(table).fields()) {
      if (used.contains(field.name())) {
        expected.add(field);
        if (names.contains(field.name())) {
          found.add(actual.apply(field.name()));
        }
      }
    }
    return SchemaCheck.differences(
        new StructType(expected.toArray(StructField[]::new)),
        new StructType(found.toArray(StructField[]::new)),
        SchemaCheck.Nullability.IGNORE);
  }
}
