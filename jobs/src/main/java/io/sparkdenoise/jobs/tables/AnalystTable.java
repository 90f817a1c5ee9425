/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import io.sparkdenoise.jobs.contracts.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.types.StructType;

/**
 * A table the jobs write that analysts query by name: its name in the catalog, its schema in {@code
 * data-schemas/} and its partition columns (which, as in the schema files, come last). Adding a
 * table is adding a constant here; a table whose schema file is not on the class path (not written
 * by this build yet) is simply not available.
 */
public enum AnalystTable {
  /** Per image and method quality of score runs, partitioned by run id. */
  METRICS(
      Table.METRICS,
      "hdfs:///tables/metrics",
      "Per image and method PSNR/SSIM/MSE/sigma-hat of spark-denoise score runs"
          + " (data-schemas/metrics.json), one partition per run_id"),
  /** Per epoch training curves of one train output ({@code <model dir>/history}). */
  HISTORY(
      Table.HISTORY,
      "hdfs:///models/seed/history",
      "Per epoch training loss and validation loss/PSNR/SSIM of one spark-denoise train run"
          + " (data-schemas/history.json), <model dir>/history"),
  /** Per page metrics of denoise runs ({@code <denoise output>/pages}), partitioned by run id. */
  PAGES(
      Table.PAGES,
      "hdfs:///archive/denoised/pages",
      "Per page sigma-hat before/after, time, (with a reference) PSNR/SSIM, (with denoise.ocr)"
          + " OCR words and confidence before/after and the faded-ink gain of spark-denoise"
          + " denoise runs (data-schemas/pages.json), one partition per run_id");

  private final Table table;
  private final String exampleLocation;
  private final String comment;

  AnalystTable(Table table, String exampleLocation, String comment) {
    this.table = table;
    this.exampleLocation = exampleLocation;
    this.comment = comment;
  }

  /** The table's contract. */
  public Table table() {
    return table;
  }

  /** A typical location of the table, for documentation. */
  public String exampleLocation() {
    return exampleLocation;
  }

  /** The table's name in the catalog and of its schema file: {@code metrics}, ... */
  public String tableName() {
    return table.tableName();
  }

  /** The partition columns, last in the schema; empty for an unpartitioned table. */
  public List<String> partitionColumns() {
    return table.partitionColumn().stream().toList();
  }

  /** The table comment in its DDL. */
  public String comment() {
    return comment;
  }

  /** The full schema, partition columns included; empty when its schema file is not here. */
  public Optional<StructType> schema() {
    try {
      return Optional.of(table.schema());
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith("no schema ")) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * The full schema.
   *
   * @throws IllegalArgumentException when this build has no schema file for the table
   */
  public StructType requireSchema() {
    return schema()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "this build has no data-schemas/"
                        + tableName()
                        + ".json: the "
                        + tableName()
                        + " table cannot be registered yet"));
  }

  /** The tables whose schema is on the class path, in declaration order. */
  public static List<AnalystTable> available() {
    return Arrays.stream(values()).filter(t -> t.schema().isPresent()).toList();
  }

  /** The table called {@code name} (case-insensitive). */
  public static AnalystTable named(String name) {
    for (AnalystTable table : values()) {
      if (table.tableName().equals(name.toLowerCase(Locale.ROOT))) {
        return table;
      }
    }
    throw new IllegalArgumentException(
        "unknown table '"
            + name
            + "' (known: "
            + String.join(", ", Arrays.stream(values()).map(AnalystTable::tableName).toList())
            + ")");
  }
}
