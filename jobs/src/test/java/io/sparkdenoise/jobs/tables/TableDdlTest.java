/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedSpark.class)
class TableDdlTest {
  /** The committed scripts, at the project root (tests run in the jobs module's directory). */
  static final Path DDL_DIR = Path.of("..", "sql", "ddl");

  private static final String REGENERATE =
      " is not what the code generates from data-schemas/: regenerate with"
          + " bin/spark-denoise tables ddl --output sql/ddl";

  @Test
  void theCommittedScriptsAreWhatTheSchemasGenerate() throws IOException {
    List<Path> expected = new ArrayList<>();
    for (Flavour flavour : Flavour.values()) {
      for (AnalystTable table : AnalystTable.available()) {
        Path file = DDL_DIR.resolve(flavour.id()).resolve(table.tableName() + ".sql");
        expected.add(file.normalize());
        assertThat(file).as(file + REGENERATE).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
            .as(file + REGENERATE)
            .isEqualTo(TableDdl.script(flavour, table));
      }
    }
    try (Stream<Path> files = Files.walk(DDL_DIR)) {
      assertThat(files.filter(p -> p.toString().endsWith(".sql")).map(Path::normalize))
          .as("scripts in sql/ddl for tables or dialects the code does not know")
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void theSparkDdlOfTheHistoryTableDeclaresEveryColumnWithItsDescription() {
    String ddl = TableDdl.create(Flavour.SPARK, AnalystTable.HISTORY, "db", "file:/m/history");

    assertThat(ddl)
        .startsWith(
            "CREATE TABLE IF NOT EXISTS `db`.`history` (\n"
                + "  `epoch` INT COMMENT '1-based epoch number',\n"
                + "  `engine` STRING COMMENT 'spark (parameter averaging on the executors) or local"
                + " (the driver)',\n")
        .contains(
            "`train_loss` DOUBLE COMMENT 'Training score divided by the pixels of an image:"
                + " after the epoch\\'s last parameter average (spark) or the mean minibatch score"
                + " (local)'")
        .endsWith(
            ")\nUSING parquet\nCOMMENT '"
                + AnalystTable.HISTORY.comment()
                + "'\nLOCATION 'file:/m/history'");
    assertThat(TableDdl.repair(Flavour.SPARK, AnalystTable.HISTORY, "db")).isEmpty();
  }

  @Test
  void partitionColumnsGoLastInSparkAndIntoPartitionedByInHive() {
    String spark = TableDdl.create(Flavour.SPARK, AnalystTable.METRICS, "db", "x");
    String hive = TableDdl.create(Flavour.HIVE, AnalystTable.METRICS, "db", "x");

    assertThat(spark)
        .contains("  `noise_params` MAP<STRING, DOUBLE> COMMENT")
        .contains(",\n  `run_id` STRING COMMENT '")
        .contains("USING parquet\nPARTITIONED BY (`run_id`)\nCOMMENT ");
    assertThat(hive)
        .startsWith("CREATE EXTERNAL TABLE IF NOT EXISTS `db`.`metrics` (\n  `model_id` string")
        .contains("  `noise_params` map<string,double> COMMENT")
        .contains("  `output_png` binary COMMENT")
        .doesNotContain("  `run_id`")
        .contains("\nPARTITIONED BY (`run_id` string COMMENT '")
        .endsWith("STORED AS PARQUET\nLOCATION 'x'");
    assertThat(TableDdl.repair(Flavour.SPARK, AnalystTable.METRICS, "db"))
        .containsExactly("MSCK REPAIR TABLE `db`.`metrics` SYNC PARTITIONS");
    assertThat(TableDdl.repair(Flavour.HIVE, AnalystTable.METRICS, "db"))
        .containsExactly("MSCK REPAIR TABLE `db`.`metrics`");
  }

  @Test
  void literalsEscapeQuotesAndBackslashesAndCommentsLoseTheirSemicolons() {
    assertThat(TableDdl.literal("it's a \\path; here")).isEqualTo("'it\\'s a \\\\path; here'");
    assertThat(TableDdl.create(Flavour.SPARK, AnalystTable.METRICS, "db", "x"))
        .contains(
            "`sigma_hat` DOUBLE COMMENT 'Reference-free noise sigma estimated from the"
                + " method\\'s output alone (wavelet MAD, [0,1] scale, 0 for a flat output)'");
    assertThat(TableDdl.quote("a`b")).isEqualTo("`a``b`");
  }

  @Test
  void databaseNamesAreIdentifiers() {
    assertThat(TableDdl.requireDatabase("spark_denoise_2")).isEqualTo("spark_denoise_2");
    assertThatThrownBy(() -> TableDdl.requireDatabase("a-b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "database name must be letters, digits and _, not starting with a digit, got 'a-b'");
  }

  @Test
  void theCommittedSparkScriptsRegisterTheTablesWhenRunWithTheirVariables() throws IOException {
    SparkSession spark = SharedSpark.session();
    AnalystRuns runs = AnalystRuns.get(spark);
    DdlScripts.run(spark, Flavour.SPARK, "ddl_scripts", runs.metrics(), runs.historyB());

    assertThat(spark.table("ddl_scripts.metrics").count()).isEqualTo(2L * AnalystRuns.IMAGES * 4);
    assertThat(spark.sql("SHOW PARTITIONS ddl_scripts.metrics").count()).isEqualTo(2);
    assertThat(spark.table("ddl_scripts.history").count()).isEqualTo(AnalystRuns.EPOCHS_B);
  }

  @Test
  void theExamplesListedAreTheFilesInSqlExamples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "sql", "examples"))) {
      assertThat(files.map(p -> p.getFileName().toString().replaceFirst("\\.sql$", "")))
          .containsExactlyInAnyOrderElementsOf(SqlExamples.NAMES);
    }
    assertThat(SqlExamples.text("runs")).startsWith("-- Runs: one row per score run");
    assertThatThrownBy(() -> SqlExamples.text("nope"))
        .hasMessage(
            "unknown example 'nope' (known: runs, gain_by_noise_level, worst_images, run_vs_run,"
                + " training_curves, worst_pages, faded_pages, ocr_by_method)");
  }

  /** A Hive metastore keeps a column's comment in 256 characters (Derby's COLUMNS_V2.COMMENT). */
  @Test
  void everyColumnDescriptionFitsAHiveMetastoreComment() {
    for (AnalystTable table : AnalystTable.available()) {
      for (StructField field : table.schema().orElseThrow().fields()) {
        String description =
            field.metadata().contains("description")
                ? field.metadata().getString("description")
                : "";
        assertThat(description).as(table + "." + field.name()).hasSizeLessThanOrEqualTo(256);
      }
    }
  }
}
