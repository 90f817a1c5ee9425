/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import io.sparkdenoise.jobs.Stopwatch;
import io.sparkdenoise.jobs.contracts.SchemaFit;
import io.sparkdenoise.jobs.tables.TablesResult.Action;
import io.sparkdenoise.jobs.tables.TablesResult.Registered;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the analyst tables as external Parquet tables ({@code CREATE TABLE ... USING parquet
 * LOCATION ...}, the DDL of {@link TableDdl}) in the session's catalog, in-memory or a Hive
 * metastore, and has the catalog list the partitions found on disk ({@code MSCK REPAIR TABLE ...
 * SYNC PARTITIONS}). The data stay where the jobs wrote them; dropping a registered table never
 * deletes them.
 *
 * <p>Idempotent: registering the same directory again keeps the table and refreshes its partitions
 * (new score runs appear, replaced runs keep their partition); a table of the same name that points
 * elsewhere or has an older schema is dropped and created again. A managed table or a view of the
 * same name is never touched: that is an error. Before registering, each directory must exist and
 * its Parquet files must fit the table's schema in {@code data-schemas/} (columns the files lack
 * must be nullable there: files of an older schema version still register).
 */
public final class TablesJob {
  private static final Logger LOG = LoggerFactory.getLogger(TablesJob.class);
  private static final String EXTERNAL = "EXTERNAL";

  private TablesJob() {}

  /**
   * Registers every table of {@code config} in its database, creating the database if needed.
   *
   * @throws NoSuchFileException when a table's directory does not exist
   * @throws IOException when a directory's files are not that table, or a table of the same name is
   *     not an external table
   * @throws IllegalArgumentException when no table is given
   * @throws IllegalStateException when the session does not use the configured catalog
   */
  public static TablesResult register(SparkSession spark, TablesConfig config) throws IOException {
    Stopwatch watch = Stopwatch.start();
    requireCatalog(spark, config.catalog());
    if (config.locations().isEmpty()) {
      throw new IllegalArgumentException(
          "no table to register: give at least one of "
              + String.join(
                  ", ", AnalystTable.available().stream().map(TablesConfig::key).toList()));
    }
    spark.sql(TableDdl.createDatabase(config.database()));
    List<Registered> registered = new ArrayList<>();
    for (Map.Entry<AnalystTable, String> entry : config.locations().entrySet()) {
      registered.add(registerOne(spark, config.database(), entry.getKey(), entry.getValue()));
    }
    double seconds = watch.roundedSeconds();
    return new TablesResult(config.catalog(), config.database(), registered, seconds);
  }

  /**
   * Checks that the session uses {@code catalog}: a static setting, fixed when the session was made
   * (e.g. by a test or notebook that made it before the command ran).
   */
  public static void requireCatalog(SparkSession spark, Catalog catalog) {
    String actual = spark.conf().get(Catalog.SPARK_SETTING, Catalog.IN_MEMORY.id());
    if (!catalog.id().equals(actual)) {
      throw new IllegalStateException(
          TablesConfig.CATALOG
              + " is "
              + catalog.id()
              + " but the running Spark session uses the "
              + actual
              + " catalog ("
              + Catalog.SPARK_SETTING
              + " is fixed when a session starts): run the command in a new JVM");
    }
  }

  private static Registered registerOne(
      SparkSession spark, String database, AnalystTable table, String uri) throws IOException {
    String location = qualify(spark, uri);
    StructType schema = table.requireSchema();
    SchemaFit.requireFits(spark, table.table(), schema, location);
    String qualified = TableDdl.qualified(database, table);
    Action action = Action.CREATED;
    if (spark.catalog().tableExists(database, table.tableName())) {
      action = existing(spark, qualified, schema, location);
      if (action == Action.REPLACED) {
        spark.sql(TableDdl.drop(table, database));
      }
    }
    if (action != Action.KEPT) {
      spark.sql(TableDdl.create(Flavour.SPARK, table, database, location));
    }
    TableDdl.repair(Flavour.SPARK, table, database).forEach(spark::sql);
    long partitions =
        table.partitionColumns().isEmpty() ? 0 : spark.sql("SHOW PARTITIONS " + qualified).count();
    long rows = spark.table(qualified).count();
    String name = database + "." + table.tableName();
    LOG.info("{} {}: {} ({} partitions, {} rows)", action, name, location, partitions, rows);
    return new Registered(name, location, action, partitions, rows);
  }

  /** What to do with the existing table: keep it if it is the same, else replace it. */
  private static Action existing(
      SparkSession spark, String qualified, StructType schema, String location) throws IOException {
    Map<String, String> details = details(spark, qualified);
    String type = details.getOrDefault("Type", "unknown");
    if (!EXTERNAL.equals(type)) {
      throw new IOException(
          qualified
              + " exists and is a "
              + type
              + " table, not an external one: not replacing it (drop it yourself, or use"
              + " another database)");
    }
    boolean sameLocation =
        location.equals(new Path(details.getOrDefault("Location", "")).toString());
    boolean sameSchema = SchemaFit.sameColumns(schema, spark.table(qualified).schema());
    return sameLocation && sameSchema ? Action.KEPT : Action.REPLACED;
  }

  /** The "# Detailed Table Information" rows of DESCRIBE TABLE EXTENDED, by name. */
  private static Map<String, String> details(SparkSession spark, String qualified) {
    Map<String, String> details = new HashMap<>();
    for (Row row : spark.sql("DESCRIBE TABLE EXTENDED " + qualified).collectAsList()) {
      if (!row.isNullAt(0) && !row.isNullAt(1)) {
        details.putIfAbsent(row.getString(0).strip(), row.getString(1).strip());
      }
    }
    return details;
  }

  /** The directory's fully qualified URI. */
  private static String qualify(SparkSession spark, String uri) throws IOException {
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(path)) {
      throw new NoSuchFileException(uri);
    }
    if (!fs.getFileStatus(path).isDirectory()) {
      throw new IOException(uri + " is a file, not a table directory");
    }
    return fs.makeQualified(path).toString();
  }
}
