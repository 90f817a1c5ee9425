/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.jobs.tables.AnalystTable;
import io.sparkdenoise.jobs.tables.Flavour;
import io.sparkdenoise.jobs.tables.TableDdl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesDdlCommandTest {
  @TempDir Path dir;

  @Test
  void writesOneScriptPerDialectAndTable() throws Exception {
    LauncherRun run = LauncherRun.of("tables", "ddl", "--output", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (Flavour flavour : Flavour.values()) {
      for (AnalystTable table : AnalystTable.available()) {
        Path file = dir.resolve(flavour.id()).resolve(table.tableName() + ".sql");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
            .isEqualTo(TableDdl.script(flavour, table));
        assertThat(run.lastLine()).contains(file.toString());
      }
    }
    assertThat(run.lastLine()).startsWith("{\"files\":[");
  }

  @Test
  void printsOneScript() {
    LauncherRun run = LauncherRun.of("tables", "ddl", "--flavour", "hive", "--table", "metrics");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(TableDdl.script(Flavour.HIVE, AnalystTable.METRICS) + "\n");
  }

  @Test
  void unknownDialectsAndTablesAreUsageErrors() {
    LauncherRun flavour = LauncherRun.of("tables", "ddl", "--flavour", "trino");
    LauncherRun table = LauncherRun.of("tables", "ddl", "--table", "nope");
    LauncherRun none = LauncherRun.of("tables");

    assertThat(flavour.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(flavour.err())
        .isEqualTo("spark-denoise: unknown DDL flavour 'trino' (known: spark, hive)\n");
    assertThat(table.err())
        .isEqualTo("spark-denoise: unknown table 'nope' (known: metrics, history, pages)\n");
    assertThat(none.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(none.err())
        .isEqualTo(
            "spark-denoise: a tables command is required: register, query or ddl (see"
                + " spark-denoise tables --help)\n");
  }
}
