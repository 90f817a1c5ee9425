/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code spark-denoise tables}: the tables analysts query. Subcommands: {@code register} (external
 * tables in a catalog), {@code query} (register, then run SQL such as the documented examples),
 * {@code ddl} (the DDL scripts of {@code sql/ddl/}).
 */
@Command(
    name = "tables",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "The metrics, history and pages tables for SQL: register them as external Parquet tables"
          + " (Spark's in-memory catalog or a Hive metastore), query them, or print their DDL."
    })
final class TablesCommand implements Runnable {
  @Spec private CommandSpec spec;

  /** The command with its subcommands, printing to {@code console}. */
  static CommandLine commandLine(Console console) {
    CommandLine tables = new CommandLine(new TablesCommand());
    tables.addSubcommand(new TablesRegisterCommand(console));
    tables.addSubcommand(new TablesQueryCommand(console));
    tables.addSubcommand(new TablesDdlCommand(console));
    return tables;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "a tables command is required: register, query or ddl");
  }
}
