/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.contracts;

import io.sparkdenoise.jobs.spark.SchemaCheck;
import io.sparkdenoise.jobs.spark.TableSchemas;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The contract of each table the jobs write: its name (that of its schema in {@code
 * data-schemas/}), its partition column, the schema version its writer records, and how to read it.
 * A job that writes a table and a job that reads it both go through this enum, so neither needs the
 * other: adding a reader never means importing a producer.
 *
 * <p>Where a table lives below its producer's output is part of the producer's layout: {@link
 * ModelDirectory} for a train output, {@link MetricsRun} for a score run, the denoise job's own
 * layout for its pages, manifest and rejects.
 */
public enum Table {
  /**
   * Decoded images, one row per page, record or tile ({@code ingest}: {@code <output>/images});
   * version 2 added text.
   */
  IMAGES("images", Optional.empty(), 2),
  /** Inputs that could not be used ({@code ingest}: {@code <output>/rejects}; {@code denoise}). */
  REJECTS("rejects", Optional.empty(), 1),
  /** Noisy/clean pairs ({@code pairs}: its output); version 2 added text. */
  PAIRS("pairs", Optional.empty(), 2),
  /**
   * Per image and method quality of score runs, one partition per run; version 2 added cer,
   * ocr_words and ocr_confidence.
   */
  METRICS("metrics", Optional.of(Table.RUN_ID), 2),
  /** Per epoch training curves of one train output; version 2 added best_epoch, stopped_early. */
  HISTORY("history", Optional.empty(), 2),
  /**
   * Per page results of denoise runs, one partition per run; version 2 added the OCR word counts
   * and confidences before and after, version 3 the faded-ink gain.
   */
  PAGES("pages", Optional.of(Table.RUN_ID), 3),
  /** One row per input a denoise run finished, which later runs skip. */
  MANIFEST("manifest", Optional.empty(), 1);

  /** The partition column of the tables partitioned by run. */
  public static final String RUN_ID = "run_id";

  private final String tableName;
  private final Optional<String> partitionColumn;
  private final int schemaVersion;

  Table(String tableName, Optional<String> partitionColumn, int schemaVersion) {
    this.tableName = tableName;
    this.partitionColumn = partitionColumn;
    this.schemaVersion = schemaVersion;
  }

  /** The table's name: that of {@code data-schemas/<name>.json} and of its catalog table. */
  public String tableName() {
    return tableName;
  }

  /**
   * The column its directories are partitioned by ({@code <column>=<value>}), last in the schema.
   */
  public Optional<String> partitionColumn() {
    return partitionColumn;
  }

  /** The version of the schema this build writes, recorded in each output's provenance. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** The full schema, from {@code data-schemas/}, partition column included. */
  public StructType schema() {
    return TableSchemas.load(tableName);
  }

  /** The columns of the files, below a partition directory: the schema without its partition. */
  public StructType fileSchema() {
    return new StructType(
        Arrays.stream(schema().fields())
            .filter(field -> !partitionColumn.map(field.name()::equals).orElse(false))
            .toArray(StructField[]::new));
  }

  /**
   * The directory of one partition below the table's root, {@code <root>/<column>=<value>}.
   *
   * @throws IllegalStateException for an unpartitioned table
   */
  public String partition(String root, String value) {
    String column =
        partitionColumn.orElseThrow(
            () -> new IllegalStateException("the " + tableName + " table is not partitioned"));
    return new Path(new Path(root), column + "=" + value).toString();
  }

  /**
   * The {@code used} columns of the table at {@code uri}, checked against the schema: a newer table
   * may have more columns, but each used one must be there with its type (nullability ignored).
   *
   * @throws NoSuchFileException when {@code uri} does not exist
   * @throws IOException naming the differences when a used column is missing or of another type
   */
  public Dataset<Row> readColumns(SparkSession spark, String uri, List<String> used)
      throws IOException {
    return readColumns(spark, uri, used, List.of());
  }

  /**
   * The {@code used} columns as {@link #readColumns(SparkSession, String, List)} reads them, then
   * the {@code optional} ones: nullable columns a later schema version added, which a table written
   * by an earlier build lacks. A missing optional column is read as nulls of its type; one that is
   * there must have its type.
   *
   * @throws NoSuchFileException when {@code uri} does not exist
   * @throws IOException naming the differences when a used or present optional column is missing or
   *     of another type
   */
  public Dataset<Row> readColumns(
      SparkSession spark, String uri, List<String> used, List<String> optional) throws IOException {
    Path path = new Path(uri);
    if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
      throw new NoSuchFileException(uri);
    }
    Dataset<Row> rows = spark.read().parquet(uri);
    List<String> present = Arrays.asList(rows.columns());
    List<String> checked = new ArrayList<>(used);
    optional.stream().filter(present::contains).forEach(checked::add);
    List<String> differences = differences(checked, rows.schema());
    if (!differences.isEmpty()) {
      throw new IOException(notThisTable(uri) + ": " + differences);
    }
    List<Column> columns = new ArrayList<>();
    used.forEach(name -> columns.add(functions.col(name)));
    for (String name : optional) {
      columns.add(
          present.contains(name)
              ? functions.col(name)
              : functions.lit(null).cast(schema().apply(name).dataType()).as(name));
    }
    return rows.select(columns.toArray(Column[]::new));
  }

  /** {@code "<uri> is not a <name> table (data-schemas/<name>.json)"}, for refusals. */
  String notThisTable(String uri) {
    return uri
        + " is not "
        + article()
        + " "
        + tableName
        + " table (data-schemas/"
        + tableName
        + ".json)";
  }

  private String article() {
    return "aeiou".indexOf(tableName.charAt(0)) >= 0 ? "an" : "a";
  }

  /** Differences in the used columns only. */
  private List<String> differences(List<String> used, StructType actual) {
    List<StructField> expected = new ArrayList<>();
    List<StructField> found = new ArrayList<>();
    List<String> names = Arrays.asList(actual.fieldNames());
    for (StructField field : schema().fields()) {
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
