/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import java.util.Locale;

/** The SQL dialect of generated DDL. */
public enum Flavour {
  /**
   * Spark SQL: a data source table, {@code CREATE TABLE ... USING parquet PARTITIONED BY (...)
   * LOCATION ...}, partitions found with {@code MSCK REPAIR TABLE}; what {@code tables register}
   * runs.
   */
  SPARK,
  /**
   * HiveQL: {@code CREATE EXTERNAL TABLE ... PARTITIONED BY (...) STORED AS PARQUET LOCATION ...},
   * partitions found with {@code MSCK REPAIR TABLE}; for Hive itself, and for engines that read
   * Hive tables from the metastore (Trino's Hive connector, Spark with Hive support).
   */
  HIVE;

  /** The name used on the command line and in file paths: {@code spark}, {@code hive}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The flavour called {@code id}. */
  public static Flavour of(String id) {
    for (Flavour flavour : values()) {
      if (flavour.id().equals(id)) {
        return flavour;
      }
    }
    throw new IllegalArgumentException("unknown DDL flavour '" + id + "' (known: spark, hive)");
  }
}
