/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.map_concat;

import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.score.ScoreConfig;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.tables.AnalystRuns;
import java.io.IOException;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A run whose data try to become markup: {@link AnalystRuns#RUN_A} with every image id prefixed by
 * {@value #ID_PREFIX}, a noise parameter named {@value #PARAMETER}, a pairs table with the same
 * ids, and a provenance whose configuration holds {@value #CONFIG_VALUE}.
 */
final class HostileRun {
  static final String ID_PREFIX = "<script>alert('id')</script>";
  static final String PARAMETER = "<img src=x onerror=alert('param')>";
  static final String CONFIG_KEY = "score.note";
  static final String CONFIG_VALUE = "\"><script>alert('config')</script>";
  static final String RUN_ID = "hostile";

  private HostileRun() {}

  /** Writes the run into {@code metrics} and its pairs next to it; returns the run's URI. */
  static String write(SparkSession spark, AnalystRuns runs, String metrics) throws IOException {
    String pairs = runs.dir().resolve("hostile-pairs").toUri().toString();
    Dataset<Row> hostilePairs =
        spark.read().parquet(runs.pairs()).withColumn("id", concat(lit(ID_PREFIX), col("id")));
    hostilePairs.write().mode("overwrite").parquet(pairs);
    Provenance original = ProvenanceFiles.read(spark, runs.run(AnalystRuns.RUN_A));
    SortedMap<String, String> config = new TreeMap<>(original.config());
    config.put(ScoreConfig.PAIRS, pairs);
    config.put(CONFIG_KEY, CONFIG_VALUE);
    Provenance provenance =
        new Provenance(
            original.gitRevision(),
            original.job(),
            config,
            original.seeds(),
            original.inputs(),
            original.platform(),
            original.libraries(),
            original.createdAt());
    Dataset<Row> rows =
        spark
            .read()
            .parquet(runs.run(AnalystRuns.RUN_A))
            .withColumn("image_id", concat(lit(ID_PREFIX), col("image_id")))
            .withColumn(
                "noise_params",
                map_concat(
                    col("noise_params"),
                    map(lit(PARAMETER), col("noise_params").getItem("sigma"))));
    return AtomicCommit.partition(spark, metrics, "run_id", RUN_ID, "score")
        .writeParquet(rows, provenance)
        .toString();
  }
}
