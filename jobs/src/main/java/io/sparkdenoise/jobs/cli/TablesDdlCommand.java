/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.tables.AnalystTable;
import io.sparkdenoise.jobs.tables.Flavour;
import io.sparkdenoise.jobs.tables.TableDdl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-denoise tables ddl}: the documented DDL scripts, generated from {@code
 * data-schemas/}: printed, or written as {@code <dir>/<flavour>/<table>.sql} (how {@code sql/ddl/}
 * is made: {@code spark-denoise tables ddl --output sql/ddl}). Needs no Spark session.
 */
@Command(
    name = "ddl",
    mixinStandardHelpOptions = true,
    description = {
      "Prints (or writes to --output DIR as DIR/<flavour>/<table>.sql) the CREATE TABLE scripts"
          + " of the tables, from data-schemas/: spark (USING parquet) and hive (STORED AS"
          + " PARQUET), with ${hivevar:database} and ${hivevar:<table>_location} variables.",
      "With --output prints one JSON line: files."
    })
final class TablesDdlCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--flavour",
      paramLabel = "spark|hive",
      description = "one dialect (default: both)")
  private String flavour;

  @Option(
      names = "--table",
      paramLabel = "NAME",
      description = "one table (default: every table this build has a schema for)")
  private String table;

  @Option(names = "--output", paramLabel = "DIR", description = "write files under DIR")
  private Path output;

  TablesDdlCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    List<Flavour> flavours;
    List<AnalystTable> tables;
    try {
      flavours = flavour == null ? List.of(Flavour.values()) : List.of(Flavour.of(flavour));
      tables = table == null ? AnalystTable.available() : List.of(AnalystTable.named(table));
      tables.forEach(AnalystTable::requireSchema);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    List<String> files = new ArrayList<>();
    for (Flavour f : flavours) {
      for (AnalystTable t : tables) {
        String script = TableDdl.script(f, t);
        if (output == null) {
          console.result(script);
        } else {
          Path file = output.resolve(f.id()).resolve(t.tableName() + ".sql");
          Files.createDirectories(file.getParent());
          Files.writeString(file, script, StandardCharsets.UTF_8);
          files.add(file.toString());
        }
      }
    }
    if (output != null) {
      console.result(JsonLine.of(Map.of("files", files)));
    }
    return 0;
  }
}
