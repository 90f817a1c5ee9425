/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.spark.SparkOptions;
import io.sparkdenoise.jobs.spark.SparkSessions;
import io.sparkdenoise.jobs.tables.TablesResult.Registered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The tables in a real Hive metastore (embedded Derby under target/), in a JVM of its own (the
 * surefire execution {@code hive-metastore}: a JVM's catalog is fixed by its first session): the
 * register job, the committed Hive DDL scripts, and the tables still there for a new session.
 */
@Tag("hive-metastore")
class TablesHiveMetastoreTest {
  private static Path tmp;
  private static SparkSession spark;
  private static AnalystRuns runs;

  @BeforeAll
  static void startHiveSession() throws IOException {
    tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    System.setProperty("derby.system.home", tmp.toString());
    spark = session();
    runs = AnalystRuns.get(spark);
  }

  private static SparkSession session() {
    Map<String, String> settings = SharedSpark.settings(tmp);
    settings.put("spark.sql.warehouse.dir", tmp.resolve("hive-warehouse").toUri().toString());
    settings.put(
        "spark.hadoop.javax.jdo.option.ConnectionURL",
        "jdbc:derby:;databaseName=" + tmp.resolve("metastore_db") + ";create=true");
    settings.put(Catalog.SPARK_SETTING, Catalog.HIVE.id());
    return SparkSessions.create(
        new SparkOptions(
            Optional.of("local[2]"), "spark-denoise-hive-tests", new TreeMap<>(settings)));
  }

  @AfterAll
  static void stop() {
    spark.stop();
    SparkSession.clearActiveSession();
    SparkSession.clearDefaultSession();
  }

  @Test
  void registersInTheMetastoreAndANewSessionStillSeesTheTables() throws IOException {
    TablesConfig config =
        TablesConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    TablesConfig.CATALOG + "=hive",
                    TablesConfig.DATABASE + "=hive_registered",
                    TablesConfig.METRICS + "=" + runs.metrics(),
                    TablesConfig.HISTORY + "=" + runs.historyB())));

    TablesResult result = TablesJob.register(spark, config);

    assertThat(result.summary()).containsEntry("persistent", true).containsEntry("catalog", "hive");
    Registered metrics = result.tables().get(0);
    assertThat(metrics.partitions()).isEqualTo(2);
    assertThat(metrics.rows()).isEqualTo(2L * AnalystRuns.IMAGES * 4);
    assertThat(result.tables().get(1).rows()).isEqualTo(AnalystRuns.EPOCHS_B);
    assertThat(Files.isDirectory(tmp.resolve("metastore_db"))).isTrue();

    spark.stop();
    SparkSession.clearActiveSession();
    SparkSession.clearDefaultSession();
    spark = session();

    assertThat(spark.conf().get(Catalog.SPARK_SETTING)).isEqualTo("hive");
    assertThat(
            spark
                .sql(
                    "SELECT run_id, count(*) FROM hive_registered.metrics GROUP BY run_id ORDER BY run_id")
                .collectAsList())
        .extracting(r -> r.getString(0) + "=" + r.getLong(1))
        .containsExactly("run-a=144", "run-b=144");
    assertThat(TablesJob.register(spark, config).tables())
        .extracting(Registered::action)
        .containsOnly(TablesResult.Action.KEPT);
  }

  @Test
  void theCommittedHiveScriptsMakeHiveTablesThatSparkReads() throws IOException {
    DdlScripts.run(spark, Flavour.HIVE, "hive_scripts", runs.metrics(), runs.historyA());

    String provider =
        spark
            .sql("DESCRIBE TABLE EXTENDED hive_scripts.metrics")
            .filter("col_name = 'Provider'")
            .select("data_type")
            .as(Encoders.STRING())
            .first();
    assertThat(provider).isEqualTo("hive");
    assertThat(spark.sql("SHOW PARTITIONS hive_scripts.metrics").count()).isEqualTo(2);
    assertThat(
            spark
                .sql(
                    "SELECT count(*) FROM hive_scripts.metrics WHERE method = 'model'"
                        + " AND noise_params['sigma'] BETWEEN 5 AND 50")
                .first()
                .getLong(0))
        .isEqualTo(2L * AnalystRuns.IMAGES);
    assertThat(spark.table("hive_scripts.history").count()).isEqualTo(1);
  }
}
