/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.contracts;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.filter.IdentityDenoiser;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.report.ReportConfig;
import io.sparkdenoise.jobs.report.ReportJob;
import io.sparkdenoise.jobs.report.ReportResult;
import io.sparkdenoise.jobs.score.ScoreConfig;
import io.sparkdenoise.jobs.score.ScoreFixtures;
import io.sparkdenoise.jobs.score.ScoreJob;
import io.sparkdenoise.jobs.score.ScoreResult;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.train.PairsTables;
import io.sparkdenoise.jobs.train.TrainConfig;
import io.sparkdenoise.jobs.train.TrainJob;
import io.sparkdenoise.jobs.train.TrainResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables written by earlier builds must stay readable through their contracts: {@value #HISTORY_V1}
 * is a history table of schema version 1 (before best_epoch and stopped_early), {@value
 * #HISTORY_V2} one of version 2, and {@value #METRICS_RUN} a committed run of the metrics table
 * with its {@code _provenance.json} (of schema version 1, before the OCR columns), each as a build
 * wrote it (the v1 table is a v2 table without the two columns, which is what the v1 build wrote).
 *
 * <p>They are regenerated, only when a schema change is meant (and the version bumped), by {@link
 * #regenerate(Path)}: give it a scratch {@code @Test} that calls it with {@code
 * Path.of("src/test/resources/golden")}, run that test once ({@code ./mvnw -o -B -pl
 * onednn-shim,core,jobs -am test -Dtest=GoldenTablesTest -Dsurefire.failIfNoSpecifiedTests=false}),
 * remove it and commit the files with the reason.
 */
@ExtendWith(SharedSpark.class)
class GoldenTablesTest {
  static final String HISTORY_V1 = "history-v1";
  static final String HISTORY_V2 = "history-v2";
  static final String METRICS_RUN = "metrics/run_id=golden";

  @TempDir Path dir;

  @Test
  void historyTablesOfBothSchemaVersionsFitTheContractAndReadWithIt() throws Exception {
    SparkSession spark = SharedSpark.session();
    for (String version : List.of(HISTORY_V1, HISTORY_V2)) {
      String uri = golden(version);

      SchemaFit.requireFits(spark, Table.HISTORY, Table.HISTORY.schema(), uri);
      List<Row> epochs =
          spark.read().schema(Table.HISTORY.schema()).parquet(uri).orderBy("epoch").collectAsList();

      assertThat(epochs).extracting(r -> r.<Integer>getAs("epoch")).containsExactly(1, 2);
      assertThat(epochs).allSatisfy(r -> assertThat(r.<Double>getAs("train_loss")).isPositive());
    }
    assertThat(spark.read().parquet(golden(HISTORY_V1)).columns()).doesNotContain("best_epoch");
    assertThat(
            spark
                .read()
                .schema(Table.HISTORY.schema())
                .parquet(golden(HISTORY_V2))
                .filter(col("best_epoch").isNull())
                .count())
        .isZero();
  }

  @Test
  void aMetricsRunOpensAndSummarisesThroughItsContract() throws Exception {
    SparkSession spark = SharedSpark.session();

    MetricsRun run = MetricsRun.open(spark, golden(METRICS_RUN), "golden");
    Dataset<Row> rows = run.rows(spark);
    Map<String, MethodSummary> methods = MetricsSummaries.byMethod(rows);

    assertThat(run.runId()).isEqualTo("golden");
    assertThat(methods.keySet())
        .containsExactly(
            IdentityDenoiser.NAME, "gaussian_s1", "median3x3", MetricsRun.MODEL_METHOD);
    assertThat(methods.get(IdentityDenoiser.NAME).psnrGainDb()).isZero();
    // a run of schema version 1, before the OCR columns: read as nulls, no CER in the summary
    assertThat(spark.read().parquet(golden(METRICS_RUN)).columns()).doesNotContain("cer");
    assertThat(rows.filter(col("cer").isNotNull()).count()).isZero();
    assertThat(methods.values()).allSatisfy(m -> assertThat(m.cer()).isEmpty());
    assertThat(rows.select("model_id").distinct().collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly(run.modelId().orElseThrow());
    assertThat(rows.select("provenance_hash").distinct().collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly(run.provenance().hash());
  }

  @Test
  void theReportOfTheGoldenRunBuildsWithTheV1History() throws Exception {
    String html = dir.resolve("golden.html").toUri().toString();
    ReportConfig config =
        ReportConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    ReportConfig.RUN + "=" + golden(METRICS_RUN),
                    ReportConfig.OUTPUT + "=" + html,
                    ReportConfig.HISTORY + "=" + golden(HISTORY_V1))));

    ReportResult report = ReportJob.run(SharedSpark.session(), config);

    assertThat(report.runId()).isEqualTo("golden");
    assertThat(report.sections()).contains("training", "summary");
    assertThat(Files.readString(dir.resolve("golden.html")))
        .contains("<caption>Per epoch</caption>");
  }

  /**
   * Writes the golden tables into {@code dir} from this build: a train run of two epochs with early
   * stopping on (so best_epoch and stopped_early are set) for the history tables, and a score run
   * with a tiny model for the metrics run. Not a test.
   */
  static void regenerate(Path dir) throws IOException {
    SparkSession spark = SharedSpark.session();
    Path work = Files.createTempDirectory("golden-");
    String pairs = PairsTables.write(spark, work.toString(), 24, "gaussian:sigma=25");
    TrainResult train =
        TrainJob.run(
            spark,
            TrainConfig.from(
                ConfigLayers.load(
                    Optional.empty(),
                    List.of(
                        TrainConfig.PAIRS + "=" + pairs,
                        TrainConfig.OUTPUT + "=" + work.resolve("model").toUri(),
                        TrainConfig.ENGINE + "=local",
                        TrainConfig.EPOCHS + "=2",
                        TrainConfig.BATCH_SIZE_PER_WORKER + "=4",
                        TrainConfig.SEED + "=2026",
                        "train.early-stop.patience=5"))));
    String history = ModelDirectory.history(train.output());
    copyTable(history, dir.resolve(HISTORY_V2));
    String v1 = work.resolve("history-v1").toUri().toString();
    spark
        .read()
        .parquet(history)
        .drop("best_epoch", "stopped_early")
        .coalesce(1)
        .write()
        .parquet(v1);
    copyTable(v1, dir.resolve(HISTORY_V1));
    String model = ScoreFixtures.modelDir(work.resolve("score-model")).toUri().toString();
    ScoreResult score =
        ScoreJob.run(
            spark,
            ScoreConfig.from(
                ConfigLayers.load(
                    Optional.empty(),
                    List.of(
                        ScoreConfig.MODEL + "=" + model,
                        ScoreConfig.PAIRS + "=" + pairs,
                        ScoreConfig.OUTPUT + "=" + work.resolve("metrics").toUri(),
                        ScoreConfig.RUN_ID + "=golden"))));
    copyTable(score.output(), dir.resolve(METRICS_RUN));
  }

  /** The table's data files, {@code _SUCCESS} and {@code _provenance.json}, without checksums. */
  private static void copyTable(String uri, Path target) throws IOException {
    Path source = Path.of(java.net.URI.create(uri));
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".crc")).toList()) {
        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static String golden(String name) throws URISyntaxException {
    return Path.of(GoldenTablesTest.class.getResource("/golden/" + name).toURI())
        .toUri()
        .toString();
  }
}
