/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.tables.Catalog;
import io.sparkdenoise.jobs.tables.TablesConfig;
import picocli.CommandLine.Option;

/**
 * The flags of {@code tables register} and {@code tables query}: which tables, where they live, and
 * where to register them. Each flag sets one {@code tables.*} key over the configuration layers.
 */
// The flags are declared here and read by JobOptions from the parse result, not from the fields.
@SuppressWarnings("UnusedVariable")
final class TableLocations {
  @Option(
      names = "--metrics",
      descriptionKey = TablesConfig.METRICS,
      paramLabel = "URI",
      description =
          "the metrics table, the score job's output directory (" + TablesConfig.METRICS + ")")
  private String metrics;

  @Option(
      names = "--history",
      descriptionKey = TablesConfig.HISTORY,
      paramLabel = "URI",
      description = "a history table, <train output>/history (" + TablesConfig.HISTORY + ")")
  private String history;

  @Option(
      names = "--pages",
      descriptionKey = TablesConfig.PAGES,
      paramLabel = "URI",
      description = "the pages table, the denoise job's metrics (" + TablesConfig.PAGES + ")")
  private String pages;

  @Option(
      names = "--database",
      descriptionKey = TablesConfig.DATABASE,
      paramLabel = "NAME",
      description =
          "database of the tables (" + TablesConfig.DATABASE + ", default ${DEFAULT-VALUE})")
  private String database;

  @Option(
      names = "--catalog",
      descriptionKey = TablesConfig.CATALOG,
      paramLabel = "in-memory|hive",
      description =
          "in-memory (this session only) or hive (a metastore: hive-site.xml, or a local Derby"
              + " metastore in the working directory) ("
              + TablesConfig.CATALOG
              + ", default ${DEFAULT-VALUE})")
  private String catalog;

  /**
   * The configuration, refused before any session starts when Hive is asked for and not on the
   * class path.
   */
  static TablesConfig config(JobOptions options) {
    TablesConfig config = options.config(TablesConfig::from);
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
