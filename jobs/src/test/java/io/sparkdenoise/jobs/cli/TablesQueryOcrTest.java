/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.score.ScoreConfig;
import io.sparkdenoise.jobs.score.ScoreFixtures;
import io.sparkdenoise.jobs.score.ScoreJob;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.tables.CsvRows;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCR example queries, run by {@code tables query} over tables of real runs of pages with
 * ground-truth text, against the numbers worked out from the tables' raw rows. Needs Debian's
 * tesseract-ocr-eng.
 */
@ExtendWith(SharedSpark.class)
class TablesQueryOcrTest {
  @TempDir Path dir;

  private static List<Map<String, String>> query(String... args) {
    LauncherRun run = LauncherRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return CsvRows.parse(run.out());
  }

  @Test
  void ocrByMethodAveragesTheErrorRateOfThePagesWithTextAndComparesItWithTheNoisyInputs()
      throws Exception {
    SparkSession spark = SharedSpark.session();
    String images = ScoreFixtures.pages(spark, dir + "/images", 4);
    String pairs = ScoreFixtures.pairs(spark, images, dir + "/pairs");
    String metrics = dir.resolve("metrics").toUri().toString();
    ScoreJob.run(
        spark,
        ScoreConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    ScoreConfig.PAIRS + "=" + pairs,
                    ScoreConfig.OUTPUT + "=" + metrics,
                    ScoreConfig.RUN_ID + "=ocr",
                    ScoreConfig.SPLITS + "=train,validation,test",
                    ScoreConfig.MODEL + "=none",
                    ScoreConfig.BASELINES + "=identity,median3x3,sauvola"))));

    List<Map<String, String>> rows =
        query(
            "tables",
            "query",
            "--metrics",
            metrics,
            "--var",
            "run_id=ocr",
            "--example",
            "ocr_by_method");

    Map<String, Double> noisy = new HashMap<>();
    Map<String, Map<String, Double>> byMethod = new HashMap<>();
    for (Row r : spark.read().parquet(metrics).filter("cer IS NOT NULL").collectAsList()) {
      byMethod
          .computeIfAbsent(r.getAs("method"), m -> new HashMap<>())
          .put(r.getAs("image_id"), r.getAs("cer"));
      if ("identity".equals(r.getAs("method"))) {
        noisy.put(r.getAs("image_id"), r.getAs("cer"));
      }
    }
    assertThat(rows)
        .extracting(r -> r.get("method"))
        .containsExactlyInAnyOrder("identity", "median3x3", "sauvola");
    double previous = 0;
    for (Map<String, String> row : rows) {
      Map<String, Double> cer = byMethod.get(row.get("method"));
      double mean = cer.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      double change =
          cer.entrySet().stream()
              .mapToDouble(e -> e.getValue() - noisy.get(e.getKey()))
              .average()
              .orElseThrow();
      long better =
          cer.entrySet().stream().filter(e -> e.getValue() < noisy.get(e.getKey()) - 0.005).count();
      // 3 of the 4 pages have text
      assertThat(row.get("pages")).isEqualTo("3");
      assertThat(Double.parseDouble(row.get("cer"))).isCloseTo(mean, within(5e-5));
      assertThat(Double.parseDouble(row.get("cer_change"))).isCloseTo(change, within(5e-5));
      assertThat(Long.parseLong(row.get("better"))).isEqualTo(better);
      assertThat(Double.parseDouble(row.get("cer")))
          .as("ordered by CER")
          .isGreaterThanOrEqualTo(previous);
      previous = Double.parseDouble(row.get("cer"));
    }
    assertThat(rows.stream().filter(r -> r.get("method").equals("identity")).findFirst())
        .get()
        .satisfies(r -> assertThat(r.get("cer_change")).isEqualTo("0.0"));
  }
}
