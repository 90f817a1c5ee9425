/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.tables.SqlExamples;
import io.sparkdenoise.jobs.tables.SqlScript;
import io.sparkdenoise.jobs.tables.TablesConfig;
import io.sparkdenoise.jobs.tables.TablesJob;
import io.sparkdenoise.jobs.tables.TablesResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-denoise tables query}: registers the given tables (as {@code tables register} does),
 * makes their database the current one, sets the {@code --var} variables and runs a SQL script: the
 * query text, a file, or one of the documented examples. Prints the result of the last statement as
 * CSV (like {@code sql}); its stdout is the CSV only. The variables are unset and the current
 * database restored afterwards.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Registers the given tables, then runs SQL over them (the current database is <database>)"
          + " and prints the last statement's result as CSV with a header.",
      "The SQL: a QUERY, a --file or an --example: "
          + "runs, gain_by_noise_level, worst_images, run_vs_run, training_curves"
          + " (sql/examples/). ${hivevar:NAME} in the SQL is replaced by --var NAME=VALUE.",
      "Example: spark-denoise tables query --metrics out/metrics --var run_id=demo"
          + " --example gain_by_noise_level"
    })
final class TablesQueryCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(TablesQueryCommand.class);
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Console console;

  @Mixin private JobOptions options;

  // declares the table flags, which JobOptions reads from the parse result
  @SuppressWarnings("UnusedVariable")
  @Mixin
  private TableLocations locations;

  @Option(
      names = "--var",
      paramLabel = "NAME=VALUE",
      description = "a value for ${hivevar:NAME} in the SQL (repeatable)")
  private List<String> variables = new ArrayList<>();

  @Option(names = "--file", paramLabel = "FILE", description = "run the SQL script in FILE")
  private Path file;

  @Option(names = "--example", paramLabel = "NAME", description = "run a documented example")
  private String example;

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "the SQL")
  private String query;

  TablesQueryCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    TablesConfig config = TableLocations.config(options);
    SqlScript script = SqlScript.parse(sql());
    if (script.statements().isEmpty()) {
      throw new UsageException("the SQL holds no statement");
    }
    Map<String, String> values = values();
    List<String> missing = new ArrayList<>(script.variables());
    missing.removeAll(values.keySet());
    if (!missing.isEmpty()) {
      throw new UsageException(
          "the SQL uses "
              + String.join(", ", missing.stream().map(n -> "${hivevar:" + n + "}").toList())
              + ": give "
              + String.join(" ", missing.stream().map(n -> "--var " + n + "=VALUE").toList()));
    }
    return SparkJobs.inSession(
        config.sessionOptions(), spark -> run(spark, config, script, values));
  }

  private int run(
      SparkSession spark, TablesConfig config, SqlScript script, Map<String, String> values)
      throws Exception {
    TablesJob.requireCatalog(spark, config.catalog());
    if (!config.locations().isEmpty()) {
      TablesResult registered = TablesJob.register(spark, config);
      LOG.info("registered {}", JsonLine.of(registered.summary()));
    } else if (!spark.catalog().databaseExists(config.database())) {
      throw new UsageException(
          "database "
              + config.database()
              + " does not exist: register tables first, or give --metrics, --history or --pages");
    }
    String previous = spark.catalog().currentDatabase();
    try {
      spark.catalog().setCurrentDatabase(config.database());
      values.forEach((name, value) -> spark.conf().set(name, value));
      Dataset<Row> result = null;
      for (String statement : script.statements()) {
        result = CsvResults.sql(spark, statement);
      }
      CsvResults.print(console, result);
      return 0;
    } finally {
      values.keySet().forEach(name -> spark.conf().unset(name));
      spark.catalog().setCurrentDatabase(previous);
    }
  }

  private String sql() throws Exception {
    int given = (file == null ? 0 : 1) + (example == null ? 0 : 1) + (query == null ? 0 : 1);
    if (given != 1) {
      throw new UsageException("give exactly one of QUERY, --file and --example, got " + given);
    }
    if (file != null) {
      return Files.readString(file, StandardCharsets.UTF_8);
    }
    if (example != null) {
      try {
        return SqlExamples.text(example);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--example: " + e.getMessage());
      }
    }
    return query;
  }

  private Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    for (String variable : variables) {
      int eq = variable.indexOf('=');
      String name = eq < 0 ? variable : variable.substring(0, eq);
      if (eq < 0 || !VARIABLE_NAME.matcher(name).matches()) {
        throw new UsageException(
            "--var expects NAME=VALUE with NAME letters, digits and _, got '" + variable + "'");
      }
      if (values.put(name, variable.substring(eq + 1)) != null) {
        throw new UsageException("--var " + name + " is given twice");
      }
    }
    return values;
  }
}
