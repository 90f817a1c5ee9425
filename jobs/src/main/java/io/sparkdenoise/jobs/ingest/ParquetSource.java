/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.sparkdenoise.core.codec.DecodeFailure;
import io.sparkdenoise.core.ingest.PageIngester;
import io.sparkdenoise.core.ingest.Rejection;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Rows of an existing Parquet table whose image column holds encoded image files. Row {@code r}'s
 * source URI is {@code <table uri>#<id>} with the value of the id column, or {@code <table
 * uri>#<row index>} without one (the index follows Spark's reading order, which is stable for an
 * unchanged table); its pages are numbered inside the cell (a TIFF cell may hold several). Its ids
 * are made of what moves with the table, the id column's value ({@code #<row index>} without one),
 * so a table copied to another folder or file system keeps its ids, splits and noise. The recorded
 * source format is {@code parquet}, the digest is of the cell's bytes. A null cell is rejected as
 * {@code empty}.
 */
final class ParquetSource {
  private ParquetSource() {}

  /** One tagged row per decoded page or tile, or per rejected row of the table. */
  static JavaRDD<Row> read(
      SparkSession spark,
      String tableUri,
      IngestConfig.ParquetColumns columns,
      PageIngester ingester)
      throws IOException {
    Dataset<Row> table = spark.read().parquet(tableUri);
    StructType schema = table.schema();
    List<String> names = Arrays.asList(schema.fieldNames());
    requireColumn(names, columns.image(), tableUri);
    if (!schema.apply(columns.image()).dataType().equals(DataTypes.BinaryType)) {
      throw new IOException(
          tableUri
              + ": image column '"
              + columns.image()
              + "' must hold binary data, got "
              + schema.apply(columns.image()).dataType().catalogString());
    }
    for (Optional<String> optional : List.of(columns.id(), columns.label())) {
      if (optional.isPresent()) {
        requireColumn(names, optional.get(), tableUri);
      }
    }
    Dataset<Row> cells =
        table.select(
            col(columns.image()),
            optionalColumn(columns.id(), "string"),
            optionalColumn(columns.label(), "int"));
    return cells
        .javaRDD()
        .zipWithIndex()
        .flatMap(cell -> decode(cell._1(), cell._2(), tableUri, ingester));
  }

  private static Iterator<Row> decode(
      Row cell, long index, String tableUri, PageIngester ingester) {
    String id = cell.isNullAt(1) ? null : cell.getString(1);
    String idKey = id != null ? id : "#" + index;
    String uri = tableUri + "#" + (id != null ? id : Long.toString(index));
    Integer label = cell.isNullAt(2) ? null : cell.getInt(2);
    if (cell.isNullAt(0)) {
      return List.of(
              TaggedRows.rejected(
                  new Rejection(
                      uri, null, DecodeFailure.EMPTY.code(), "the image cell is null", null, null)))
          .iterator();
    }
    return TaggedRows.of(ingester.ingestEncoded((byte[]) cell.get(0), uri, idKey, label, "parquet"))
        .iterator();
  }

  private static Column optionalColumn(Optional<String> name, String type) {
    return name.map(n -> col(n).cast(type)).orElse(lit(null).cast(type));
  }

  private static void requireColumn(List<String> names, String name, String tableUri)
      throws IOException {
    if (!names.contains(name)) {
      throw new IOException(tableUri + " has no column '" + name + "' (columns: " + names + ")");
    }
  }
}
