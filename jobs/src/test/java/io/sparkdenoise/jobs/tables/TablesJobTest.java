/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.tables.TablesResult.Action;
import io.sparkdenoise.jobs.tables.TablesResult.Registered;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedSpark.class)
class TablesJobTest {
  private static SparkSession spark;
  private static AnalystRuns runs;

  @BeforeAll
  static void makeRuns() {
    spark = SharedSpark.session();
    runs = AnalystRuns.get(spark);
  }

  private static TablesConfig config(String database, String... settings) {
    List<String> all = new ArrayList<>(List.of(TablesConfig.DATABASE + "=" + database));
    all.addAll(List.of(settings));
    return TablesConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  @Test
  void registersTheMetricsAndHistoryTablesAsExternalTablesWithTheirPartitions() throws Exception {
    TablesResult result =
        TablesJob.register(
            spark,
            config(
                "register_both",
                TablesConfig.METRICS + "=" + runs.metrics(),
                TablesConfig.HISTORY + "=" + runs.historyB()));

    Registered metrics = result.tables().get(0);
    Registered history = result.tables().get(1);
    assertThat(metrics.name()).isEqualTo("register_both.metrics");
    assertThat(metrics.action()).isEqualTo(Action.CREATED);
    assertThat(metrics.partitions()).isEqualTo(2);
    assertThat(metrics.rows()).isEqualTo(2L * AnalystRuns.IMAGES * 4);
    assertThat(history.name()).isEqualTo("register_both.history");
    assertThat(history.partitions()).isZero();
    assertThat(history.rows()).isEqualTo(AnalystRuns.EPOCHS_B);
    assertThat(spark.catalog().getTable("register_both", "metrics").tableType())
        .isEqualTo("EXTERNAL");
    assertThat(
            spark
                .sql("SELECT DISTINCT run_id FROM register_both.metrics ORDER BY run_id")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList())
        .containsExactly(AnalystRuns.RUN_A, AnalystRuns.RUN_B);
    assertThat(result.summary())
        .containsEntry("catalog", "in-memory")
        .containsEntry("persistent", false);
  }

  @Test
  void registeringAgainKeepsTheSameTableAndReplacesOneThatPointsElsewhere() throws IOException {
    TablesConfig first = config("register_again", TablesConfig.HISTORY + "=" + runs.historyB());
    TablesJob.register(spark, first);

    Registered again = TablesJob.register(spark, first).tables().get(0);
    Registered elsewhere =
        TablesJob.register(
                spark, config("register_again", TablesConfig.HISTORY + "=" + runs.historyA()))
            .tables()
            .get(0);

    assertThat(again.action()).isEqualTo(Action.KEPT);
    assertThat(again.rows()).isEqualTo(AnalystRuns.EPOCHS_B);
    assertThat(elsewhere.action()).isEqualTo(Action.REPLACED);
    assertThat(elsewhere.rows()).isEqualTo(1);
    assertThat(elsewhere.location()).endsWith("model-a/history");
    // the replaced table's files are still there
    assertThat(spark.read().parquet(runs.historyB()).count()).isEqualTo(AnalystRuns.EPOCHS_B);
  }

  @Test
  void aNewRunAppearsWhenTheTableIsRegisteredAgain() throws IOException {
    String metrics = runs.dir().resolve("one-run-metrics").toUri().toString();
    spark.read().parquet(runs.run(AnalystRuns.RUN_A)).write().parquet(metrics + "/run_id=first");
    TablesConfig config = config("register_runs", TablesConfig.METRICS + "=" + metrics);
    long before = TablesJob.register(spark, config).tables().get(0).partitions();
    spark.read().parquet(runs.run(AnalystRuns.RUN_B)).write().parquet(metrics + "/run_id=second");

    Registered after = TablesJob.register(spark, config).tables().get(0);

    assertThat(before).isEqualTo(1);
    assertThat(after.action()).isEqualTo(Action.KEPT);
    assertThat(after.partitions()).isEqualTo(2);
    assertThat(after.rows()).isEqualTo(2L * AnalystRuns.IMAGES * 4);
  }

  @Test
  void refusesAManagedTableOfTheSameName() {
    spark.sql("CREATE DATABASE IF NOT EXISTS register_managed");
    spark.sql("CREATE TABLE IF NOT EXISTS register_managed.history (epoch INT) USING parquet");

    assertThatThrownBy(
            () ->
                TablesJob.register(
                    spark,
                    config("register_managed", TablesConfig.HISTORY + "=" + runs.historyB())))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "`register_managed`.`history` exists and is a MANAGED table, not an external one: not"
                + " replacing it (drop it yourself, or use another database)");
  }

  @Test
  void refusesDirectoriesThatAreMissingOrHoldAnotherTable() {
    String missing = runs.dir().resolve("nothing-here").toString();

    assertThatThrownBy(
            () ->
                TablesJob.register(
                    spark, config("register_bad", TablesConfig.METRICS + "=" + missing)))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(missing);
    assertThatThrownBy(
            () ->
                TablesJob.register(
                    spark, config("register_bad", TablesConfig.HISTORY + "=" + runs.metrics())))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(runs.metrics().replaceAll("/$", "").replace("file:///", "file:/"))
        .hasMessageContaining(
            " is not a history table (data-schemas/history.json): unknown column model_id;")
        .hasMessageContaining("no column epoch");
    assertThatThrownBy(() -> TablesJob.register(spark, config("register_bad")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "no table to register: give at least one of tables.metrics, tables.history");
  }

  @Test
  void aDirectoryWithoutRunsYetRegistersAsAnEmptyTable() throws IOException {
    String empty = runs.dir().resolve("no-runs-yet").toString();
    java.nio.file.Files.createDirectories(java.nio.file.Path.of(empty));

    Registered registered =
        TablesJob.register(spark, config("register_empty", TablesConfig.METRICS + "=" + empty))
            .tables()
            .get(0);

    assertThat(registered.rows()).isZero();
    assertThat(registered.partitions()).isZero();
  }

  @Test
  void refusesToRunInASessionWithAnotherCatalog() {
    assertThatThrownBy(() -> TablesJob.requireCatalog(spark, Catalog.HIVE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "tables.catalog is hive but the running Spark session uses the in-memory catalog"
                + " (spark.sql.catalogImplementation is fixed when a session starts): run the"
                + " command in a new JVM");
  }
}
