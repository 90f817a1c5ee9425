/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import io.sparkdenoise.core.provenance.Platform;
import io.sparkdenoise.core.provenance.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Tiny tables and provenance records for commit tests. */
final class TestTables {
  /** Rows (id int, label string), nullable like every column Spark reads back from Parquet. */
  static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.IntegerType, true)
          .add("label", DataTypes.StringType, true);

  private TestTables() {}

  /** Rows with ids {@code first .. first+count-1}, each labelled {@code label}. */
  static Dataset<Row> rows(SparkSession spark, int first, int count, String label) {
    List<Row> rows = new ArrayList<>();
    for (int id = first; id < first + count; id++) {
      rows.add(RowFactory.create(id, label));
    }
    return spark.createDataFrame(rows, SCHEMA).repartition(2);
  }

  /** A fixed provenance record for {@code job}. */
  static Provenance provenance(String job) {
    return new Provenance(
        "0123abcd",
        job,
        new TreeMap<>(Map.of(job + ".input", "memory")),
        new TreeMap<>(Map.of(job + ".seed", 7L)),
        List.of(),
        Platform.current(),
        new TreeMap<>(Map.of("spark", SharedSpark.session().version())),
        Instant.parse("2026-01-01T00:00:00Z"));
  }
}
