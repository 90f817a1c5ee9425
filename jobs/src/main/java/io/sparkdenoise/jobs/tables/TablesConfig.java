/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The configuration of {@code tables register} and {@code tables query}, read from the {@code
 * tables} and {@code spark} blocks. Layers, lowest first: {@code reference.conf}, the {@code
 * --config} file, {@code --conf key=value}, the command's flags. Immutable; driver only.
 *
 * @param spark how the session is set up; {@link #sessionOptions()} adds the catalog setting
 * @param catalog where the tables are registered ({@value #CATALOG})
 * @param database the database that holds them ({@value #DATABASE})
 * @param locations each table to register with its directory URI ({@value #METRICS}, {@value
 *     #HISTORY}, {@value #PAGES}); may be empty for a query over tables registered before
 * @param resolved every resolved setting by dotted key
 */
public record TablesConfig(
    SparkOptions spark,
    Catalog catalog,
    String database,
    Map<AnalystTable, String> locations,
    SortedMap<String, String> resolved) {
  /** Key of the catalog: in-memory (this session only) or hive (a metastore). */
  public static final String CATALOG = "tables.catalog";

  /** Key of the database name. */
  public static final String DATABASE = "tables.database";

  /** Key of the metrics table's root directory (the score job's output). */
  public static final String METRICS = "tables.metrics";

  /** Key of a history table's directory (a train output's {@code history}). */
  public static final String HISTORY = "tables.history";

  /** Key of the pages table's directory (the denoise job's output). */
  public static final String PAGES = "tables.pages";

  /** Checks the fields and copies the maps. */
  public TablesConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(catalog, "catalog");
    TableDdl.requireDatabase(database);
    Map<AnalystTable, String> copy = new EnumMap<>(AnalystTable.class);
    locations.forEach(
        (table, uri) -> {
          if (uri.isBlank()) {
            throw new IllegalArgumentException(key(table) + " must not be blank");
          }
          table.requireSchema();
          copy.put(table, uri);
        });
    locations = Collections.unmodifiableMap(copy);
    resolved = Collections.unmodifiableSortedMap(new TreeMap<>(resolved));
  }

  /** The configuration in {@code config}. */
  public static TablesConfig from(ConfigReader config) {
    Map<AnalystTable, String> locations = new EnumMap<>(AnalystTable.class);
    for (AnalystTable table : AnalystTable.values()) {
      config.optionalString(key(table)).ifPresent(uri -> locations.put(table, uri));
    }
    return new TablesConfig(
        SparkOptions.from(config),
        Catalog.of(config.string(CATALOG)),
        config.string(DATABASE),
        locations,
        config.flatten());
  }

  /** The config key of {@code table}'s location: {@code tables.<name>}. */
  public static String key(AnalystTable table) {
    return "tables." + table.tableName();
  }

  /** The session options with the catalog setting ({@value Catalog#SPARK_SETTING}). */
  public SparkOptions sessionOptions() {
    return spark.withSettings(Map.of(Catalog.SPARK_SETTING, catalog.id()));
  }
}
