/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.spark.SparkOptions;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-denoise sql}: runs one Spark SQL query over Parquet tables and prints the result as
 * CSV with a header, rendered as {@link CsvResults} says. The temporary views it registers are
 * dropped afterwards. Unlike the job commands it prints no JSON summary: its stdout is the CSV.
 *
 * <p>The query reads only the registered tables: Spark's direct queries on files ({@code select *
 * from text.`/etc/passwd`}) would let it read any file this process can, so they are off ({@value
 * #RUN_SQL_ON_FILES} = false) unless {@code --allow-file-queries} is given, whatever the
 * configuration says, and the session's own value is restored afterwards.
 */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a Spark SQL query over Parquet tables and prints the result as CSV with a header.",
      "Binary cells print as <N bytes>, maps/arrays/structs as JSON, nulls as empty fields.",
      "Example: spark-denoise sql --table pairs=out/pairs"
          + " \"SELECT noise_model, count(*) AS n FROM pairs GROUP BY noise_model\"",
      "The query reads the registered tables only: reading files by path (select * from"
          + " parquet.`/data/t`) is off unless --allow-file-queries is given."
    })
final class SqlCommand implements Callable<Integer> {
  /** Spark's SQL setting that lets a query read any file by its path. */
  static final String RUN_SQL_ON_FILES = "spark.sql.runSQLOnFiles";

  private static final Pattern VIEW_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--table",
      paramLabel = "NAME=PATH",
      description = "register the Parquet table at PATH as the view NAME (repeatable)")
  private List<String> tables = new ArrayList<>();

  @Option(
      names = "--allow-file-queries",
      description =
          "let the query read files by path, e.g. select * from parquet.`/data/t` (any file this"
              + " process can read; "
              + RUN_SQL_ON_FILES
              + ", off by default)")
  private boolean allowFileQueries;

  @Parameters(index = "0", paramLabel = "QUERY", description = "the Spark SQL query")
  private String query;

  SqlCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    Map<String, String> views = views();
    SparkOptions spark = options.config(SparkOptions::from);
    return SparkJobs.inSession(spark, session -> query(session, views));
  }

  /** The views by name, in the order given; malformed or repeated names are usage errors. */
  private Map<String, String> views() {
    Map<String, String> views = new LinkedHashMap<>();
    for (String table : tables) {
      int eq = table.indexOf('=');
      String name = eq < 0 ? "" : table.substring(0, eq);
      if (eq < 0 || eq == table.length() - 1) {
        throw new UsageException("--table expects NAME=PATH, got '" + table + "'");
      }
      if (!VIEW_NAME.matcher(name).matches()) {
        throw new UsageException(
            "--table name must be letters, digits and _, not starting with a digit, got '"
                + name
                + "'");
      }
      if (views.containsKey(name.toLowerCase(Locale.ROOT))) {
        throw new UsageException("--table " + name + " is given twice");
      }
      views.put(name.toLowerCase(Locale.ROOT), table.substring(eq + 1));
    }
    return views;
  }

  private int query(SparkSession spark, Map<String, String> views) throws IOException {
    String sessionValue = spark.conf().get(RUN_SQL_ON_FILES, null);
    spark.conf().set(RUN_SQL_ON_FILES, allowFileQueries);
    try {
      for (Map.Entry<String, String> view : views.entrySet()) {
        read(spark, view.getValue()).createOrReplaceTempView(view.getKey());
      }
      CsvResults.print(console, CsvResults.sql(spark, query));
      return 0;
    } finally {
      views.keySet().forEach(name -> spark.catalog().dropTempView(name));
      restore(spark, sessionValue);
    }
  }

  /** Gives {@value #RUN_SQL_ON_FILES} back the value it had in the session, or none. */
  private static void restore(SparkSession spark, String sessionValue) {
    if (sessionValue == null) {
      spark.conf().unset(RUN_SQL_ON_FILES);
    } else {
      spark.conf().set(RUN_SQL_ON_FILES, sessionValue);
    }
  }

  private static Dataset<Row> read(SparkSession spark, String uri) throws IOException {
    Path path = new Path(uri);
    if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
      throw new NoSuchFileException(uri);
    }
    try {
      return spark.read().parquet(uri);
    } catch (Exception e) { // Scala throws AnalysisException, a checked exception, undeclared
      if (e instanceof AnalysisException analysis) {
        throw new IOException(
            "cannot read "
                + uri
                + " as a Parquet table: "
                + CsvResults.oneLine(analysis.getSimpleMessage()),
            e);
      }
      throw e;
    }
  }
}
