/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.tables.TablesConfig;
import io.sparkdenoise.jobs.tables.TablesJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code spark-denoise tables register}: the tables as external tables in a catalog. */
@Command(
    name = "register",
    mixinStandardHelpOptions = true,
    description = {
      "Registers the given tables as external Parquet tables in <database> (created if needed):"
          + " CREATE TABLE ... USING parquet LOCATION ..., then MSCK REPAIR TABLE for the"
          + " partitions. Again on the same directory: kept, partitions refreshed; a table of the"
          + " same name elsewhere: replaced (its files stay).",
      "Prints one JSON line: catalog, persistent, database, tables (location, action,"
          + " partitions, rows), seconds.",
      "Example: spark-denoise tables register --catalog hive --metrics hdfs:///tables/metrics"
          + " --history hdfs:///models/seed/history"
    })
final class TablesRegisterCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  // declares the table flags, which JobOptions reads from the parse result
  @SuppressWarnings("UnusedVariable")
  @Mixin
  private TableLocations locations;

  TablesRegisterCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    TablesConfig config = TableLocations.config(options);
    if (config.locations().isEmpty()) {
      throw new UsageException("give at least one of --metrics, --history, --pages");
    }
    return SparkJobs.run(
        console, config.sessionOptions(), spark -> TablesJob.register(spark, config));
  }
}
