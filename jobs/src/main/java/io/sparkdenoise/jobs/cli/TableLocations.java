/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.tables.AnalystTable;
import io.sparkdenoise.jobs.tables.Catalog;
import io.sparkdenoise.jobs.tables.TablesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The flags of {@code tables register} and {@code tables query}: which tables, where they live, and
 * where to register them. Each flag sets one {@code tables.*} key over the configuration layers.
 */
final class TableLocations {
  @Option(
      names = "--metrics",
      paramLabel = "URI",
      description =
          "the metrics table, the score job's output directory (" + TablesConfig.METRICS + ")")
  private String metrics;

  @Option(
      names = "--history",
      paramLabel = "URI",
      description = "a history table, <train output>/history (" + TablesConfig.HISTORY + ")")
  private String history;

  @Option(
      names = "--pages",
      paramLabel = "URI",
      description = "the pages table, the denoise job's metrics (" + TablesConfig.PAGES + ")")
  private String pages;

  @Option(
      names = "--database",
      paramLabel = "NAME",
      description =
          "database of the tables ("
              + TablesConfig.DATABASE
              + ", default "
              + TablesConfig.DATABASE_DEFAULT
              + ")")
  private String database;

  @Option(
      names = "--catalog",
      paramLabel = "in-memory|hive",
      description =
          "in-memory (this session only) or hive (a metastore: hive-site.xml, or a local Derby"
              + " metastore in the working directory) ("
              + TablesConfig.CATALOG
              + ", default in-memory)")
  private String catalog;

  /** The flags as config keys; unset flags map to null. */
  Map<String, String> flags() {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put(TablesConfig.key(AnalystTable.METRICS), metrics);
    flags.put(TablesConfig.key(AnalystTable.HISTORY), history);
    flags.put(TablesConfig.key(AnalystTable.PAGES), pages);
    flags.put(TablesConfig.DATABASE, database);
    flags.put(TablesConfig.CATALOG, catalog);
    return flags;
  }

  /**
   * The configuration, refused before any session starts when Hive is asked for and not on the
   * class path.
   */
  static TablesConfig config(JobOptions options, TableLocations locations) {
    TablesConfig config = options.config(locations.flags(), TablesConfig::from);
    if (config.catalog() == Catalog.HIVE && !hiveOnClassPath()) {
      throw new UsageException(
          TablesConfig.CATALOG
              + " = hive needs Spark's Hive support (spark-hive_2.12) on the class path: use a"
              + " Spark distribution built with Hive, or the launcher of a full build");
    }
    return config;
  }

  private static boolean hiveOnClassPath() {
    try {
      Class.forName(
          "org.apache.spark.sql.hive.HiveSessionStateBuilder",
          false,
          TableLocations.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
