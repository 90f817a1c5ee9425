/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.to_json;

import io.sparkdenoise.jobs.spark.SparkOptions;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-denoise sql}: runs one Spark SQL query over Parquet tables and prints the result as
 * CSV with a header. Values are rendered by Spark as text (numbers, dates and times in the
 * session's time zone), binary cells as {@code <N bytes>}, maps, arrays and structs as JSON (binary
 * values inside them as base64, Spark's {@code to_json}), nulls as empty fields. Rows are streamed
 * to stdout a partition at a time, so a large result is not held on the driver. The temporary views
 * it registers are dropped afterwards. Unlike the job commands it prints no JSON summary: its
 * stdout is the CSV.
 */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a Spark SQL query over Parquet tables and prints the result as CSV with a header.",
      "Binary cells print as <N bytes>, maps/arrays/structs as JSON, nulls as empty fields.",
      "Example: spark-denoise sql --table pairs=out/pairs"
          + " \"SELECT noise_model, count(*) AS n FROM pairs GROUP BY noise_model\""
    })
final class SqlCommand implements Callable<Integer> {
  private static final Pattern VIEW_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--table",
      paramLabel = "NAME=PATH",
      description = "register the Parquet table at PATH as the view NAME (repeatable)")
  private List<String> tables = new ArrayList<>();

  @Parameters(index = "0", paramLabel = "QUERY", description = "the Spark SQL query")
  private String query;

  SqlCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    Map<String, String> views = views();
    SparkOptions spark = options.config(Map.of(), SparkOptions::from);
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
    try {
      for (Map.Entry<String, String> view : views.entrySet()) {
        read(spark, view.getValue()).createOrReplaceTempView(view.getKey());
      }
      Dataset<Row> result;
      try {
        result = spark.sql(query);
      } catch (Exception e) { // Scala throws AnalysisException, a checked exception, undeclared
        if (e instanceof AnalysisException analysis) {
          throw new UsageException("SQL error: " + oneLine(analysis.getSimpleMessage()));
        }
        throw e;
      }
      print(result);
      return 0;
    } finally {
      views.keySet().forEach(name -> spark.catalog().dropTempView(name));
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
            "cannot read " + uri + " as a Parquet table: " + oneLine(analysis.getSimpleMessage()),
            e);
      }
      throw e;
    }
  }

  private void print(Dataset<Row> result) {
    StructField[] fields = result.schema().fields();
    console.result(CsvText.record(Arrays.stream(fields).map(StructField::name).toList()));
    Iterator<Row> rows = asText(result).toLocalIterator();
    List<String> record = new ArrayList<>(fields.length);
    while (rows.hasNext()) {
      Row row = rows.next();
      record.clear();
      for (int i = 0; i < fields.length; i++) {
        record.add(row.isNullAt(i) ? null : row.getString(i));
      }
      console.result(CsvText.record(record));
    }
  }

  /** Every column rendered as a string by Spark; positional, so repeated names do no harm. */
  private static Dataset<Row> asText(Dataset<Row> result) {
    StructField[] fields = result.schema().fields();
    String[] positional = new String[fields.length];
    Column[] text = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      positional[i] = "c" + i;
      text[i] = asText(col(positional[i]), fields[i].dataType()).as(positional[i]);
    }
    return result.toDF(positional).select(text);
  }

  private static Column asText(Column column, DataType type) {
    if (type instanceof BinaryType) {
      return concat(lit("<"), octet_length(column).cast("string"), lit(" bytes>"));
    }
    if (type instanceof MapType || type instanceof ArrayType || type instanceof StructType) {
      return to_json(column);
    }
    return column.cast("string");
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
