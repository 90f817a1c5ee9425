/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The DDL of the analyst tables, generated from their {@code data-schemas/} files: the same code
 * makes the statements {@code tables register} runs and the documented scripts in {@code sql/ddl/}
 * (which use Spark SQL / Hive variables for the database and the location). Column and table
 * comments are the schema descriptions, with {@code ;} written as {@code ,} so that no SQL client
 * splits a statement inside a comment. Columns are declared nullable whatever the schema says:
 * Spark reads every Parquet column back as nullable. Stateless.
 */
public final class TableDdl {
  /** The variable of the database in the scripts. */
  public static final String DATABASE_VARIABLE = "database";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private TableDdl() {}

  /** {@code ${hivevar:NAME}}: a variable that Spark SQL, spark-sql, Hive and beeline substitute. */
  public static String variable(String name) {
    return "${hivevar:" + name + "}";
  }

  /** The variable of a table's location in the scripts: {@code <table>_location}. */
  public static String locationVariable(AnalystTable table) {
    return table.tableName() + "_location";
  }

  /**
   * Checks a database name: letters, digits and {@code _}, not starting with a digit.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static String requireDatabase(String database) {
    if (!IDENTIFIER.matcher(database).matches()) {
      throw new IllegalArgumentException(
          "database name must be letters, digits and _, not starting with a digit, got '"
              + database
              + "'");
    }
    return database;
  }

  /** {@code CREATE DATABASE IF NOT EXISTS `database`}. */
  public static String createDatabase(String database) {
    return "CREATE DATABASE IF NOT EXISTS " + quote(database);
  }

  /**
   * The CREATE statement of {@code table} in {@code database} over the files at {@code location}.
   * {@code database} and {@code location} are inserted as given (so a script can pass variables):
   * the caller checks the database name.
   */
  public static String create(
      Flavour flavour, AnalystTable table, String database, String location) {
    StructType schema = table.requireSchema();
    List<String> columns = new ArrayList<>();
    List<String> partitions = new ArrayList<>();
    for (StructField field : schema.fields()) {
      boolean partition = table.partitionColumns().contains(field.name());
      if (flavour == Flavour.SPARK) {
        columns.add(column(field, field.dataType().sql()));
        if (partition) {
          partitions.add(quote(field.name()));
        }
      } else if (partition) {
        partitions.add(column(field, field.dataType().catalogString()));
      } else {
        columns.add(column(field, field.dataType().catalogString()));
      }
    }
    StringBuilder sql = new StringBuilder();
    sql.append(flavour == Flavour.SPARK ? "CREATE TABLE" : "CREATE EXTERNAL TABLE")
        .append(" IF NOT EXISTS ")
        .append(qualified(database, table))
        .append(" (\n  ")
        .append(String.join(",\n  ", columns))
        .append(")\n");
    if (flavour == Flavour.SPARK) {
      sql.append("USING parquet\n");
      appendPartitions(sql, partitions);
      sql.append("COMMENT ").append(comment(table.comment())).append('\n');
    } else {
      sql.append("COMMENT ").append(comment(table.comment())).append('\n');
      appendPartitions(sql, partitions);
      sql.append("STORED AS PARQUET\n");
    }
    return sql.append("LOCATION ").append(literal(location)).toString();
  }

  /**
   * The statement that makes the catalog list the partitions found under the table's location (and,
   * in Spark, forget those whose directories are gone); empty for an unpartitioned table.
   */
  public static List<String> repair(Flavour flavour, AnalystTable table, String database) {
    if (table.partitionColumns().isEmpty()) {
      return List.of();
    }
    String repair = "MSCK REPAIR TABLE " + qualified(database, table);
    return List.of(flavour == Flavour.SPARK ? repair + " SYNC PARTITIONS" : repair);
  }

  /** {@code DROP TABLE IF EXISTS `database`.`table`}: for an external table, the files stay. */
  public static String drop(AnalystTable table, String database) {
    return "DROP TABLE IF EXISTS " + qualified(database, table);
  }

  /** {@code `database`.`table`}. */
  public static String qualified(String database, AnalystTable table) {
    return quote(database) + "." + quote(table.tableName());
  }

  /**
   * The documented script for {@code table} in {@code flavour}: a header saying what it is and how
   * to run it, then CREATE DATABASE, CREATE TABLE and (for a partitioned table) MSCK REPAIR, with
   * the database and location as variables.
   */
  public static String script(Flavour flavour, AnalystTable table) {
    String database = variable(DATABASE_VARIABLE);
    String locationVar = locationVariable(table);
    String client =
        flavour == Flavour.SPARK
            ? "spark-sql (Spark SQL with any catalog)"
            : "hive or beeline (and engines reading Hive tables from the metastore)";
    String command = flavour == Flavour.SPARK ? "spark-sql" : "beeline -u <jdbc url>";
    StringBuilder text = new StringBuilder();
    text.append("-- Generated by `spark-denoise tables ddl` from data-schemas/")
        .append(table.tableName())
        .append(".json: do not edit, regenerate.\n")
        .append("-- The ")
        .append(table.tableName())
        .append(" table as an external table over the Parquet files the jobs write, for ")
        .append(client)
        .append(".\n")
        .append("-- Variables: ")
        .append(DATABASE_VARIABLE)
        .append(" (e.g. spark_denoise) and ")
        .append(locationVar)
        .append(" (the table's directory URI), e.g.\n")
        .append("--   ")
        .append(command)
        .append(" --hivevar ")
        .append(DATABASE_VARIABLE)
        .append("=spark_denoise --hivevar ")
        .append(locationVar)
        .append('=')
        .append(table.exampleLocation())
        .append(" -f sql/ddl/")
        .append(flavour.id())
        .append('/')
        .append(table.tableName())
        .append(".sql\n")
        .append("-- Dropping the table later leaves the files alone (it is EXTERNAL).\n\n");
    List<String> statements = new ArrayList<>();
    statements.add(createDatabase(database));
    statements.add(create(flavour, table, database, variable(locationVar)));
    statements.addAll(repair(flavour, table, database));
    for (String statement : statements) {
      text.append(statement).append(";\n\n");
    }
    return text.toString().stripTrailing() + "\n";
  }

  private static void appendPartitions(StringBuilder sql, List<String> partitions) {
    if (!partitions.isEmpty()) {
      sql.append("PARTITIONED BY (").append(String.join(", ", partitions)).append(")\n");
    }
  }

  private static String column(StructField field, String type) {
    String description =
        field.metadata().contains("description") ? field.metadata().getString("description") : "";
    return quote(field.name()) + " " + type + " COMMENT " + comment(description);
  }

  /** An identifier in back quotes (doubled inside). */
  static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  /** A string literal: single quotes, {@code \} and {@code '} escaped. */
  static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** A comment's string literal, {@code ;} written as {@code ,}. */
  private static String comment(String text) {
    return literal(text.replace(';', ','));
  }
}
