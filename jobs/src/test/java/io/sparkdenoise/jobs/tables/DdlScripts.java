/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Runs the committed DDL scripts of sql/ddl/ as an analyst would, with their variables set. */
final class DdlScripts {
  private DdlScripts() {}

  /** Runs the metrics and history scripts of {@code flavour} into {@code database}. */
  static void run(
      SparkSession spark, Flavour flavour, String database, String metrics, String history)
      throws IOException {
    Map<String, String> variables =
        Map.of(
            TableDdl.DATABASE_VARIABLE,
            database,
            TableDdl.locationVariable(AnalystTable.METRICS),
            metrics,
            TableDdl.locationVariable(AnalystTable.HISTORY),
            history);
    variables.forEach((name, value) -> spark.conf().set(name, value));
    try {
      for (AnalystTable table : List.of(AnalystTable.METRICS, AnalystTable.HISTORY)) {
        Path file = TableDdlTest.DDL_DIR.resolve(flavour.id()).resolve(table.tableName() + ".sql");
        SqlScript.parse(Files.readString(file, StandardCharsets.UTF_8))
            .statements()
            .forEach(spark::sql);
      }
    } finally {
      variables.keySet().forEach(name -> spark.conf().unset(name));
    }
  }
}
