/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.contracts;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import io.sparkdenoise.core.filter.Baselines;
import io.sparkdenoise.core.filter.IdentityDenoiser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The per-method summary of a written run, computed with Spark SQL over the committed partition
 * (not over the rows in flight): what an analyst querying the table gets.
 */
public final class MetricsSummaries {
  private static final String QUANTILES = "array(0.5, 0.05, 0.95)";
  private static final String IDENTITY_PSNR = "identity_psnr_db";
  private static final String IDENTITY_SSIM = "identity_ssim_wang";
  private static final String CER = "cer";

  private MetricsSummaries() {}

  /**
   * Each method's summary, the baselines first in scoring order, then any other method by name.
   *
   * @param metrics the rows of one run (metrics.json without run_id), e.g. {@link MetricsRun#rows}
   */
  public static Map<String, MethodSummary> byMethod(Dataset<Row> metrics) {
    Dataset<Row> identity =
        metrics
            .filter(col("method").equalTo(IdentityDenoiser.NAME))
            .select(
                col("image_id"),
                col("psnr_db").as(IDENTITY_PSNR),
                col("ssim_wang").as(IDENTITY_SSIM));
    Dataset<Row> stats =
        metrics
            .join(identity, "image_id")
            .groupBy("method")
            .agg(
                count(lit(1)).as("count"),
                avg("psnr_db"),
                expr("percentile_approx(psnr_db, " + QUANTILES + ")"),
                avg("ssim_wang"),
                expr("percentile_approx(ssim_wang, " + QUANTILES + ")"),
                avg(col("psnr_db").minus(col(IDENTITY_PSNR))),
                avg(col("ssim_wang").minus(col(IDENTITY_SSIM))),
                count(col(CER)),
                avg(CER),
                expr("percentile_approx(" + CER + ", " + QUANTILES + ")"));
    Map<String, MethodSummary> byName = new TreeMap<>();
    for (Row row : stats.collectAsList()) {
      byName.put(
          row.getString(0),
          new MethodSummary(
              row.getLong(1),
              distribution(row.getDouble(2), row.getList(3)),
              distribution(row.getDouble(4), row.getList(5)),
              row.getDouble(6),
              row.getDouble(7),
              row.getLong(8) == 0
                  ? Optional.empty()
                  : Optional.of(distribution(row.getDouble(9), row.getList(10)))));
    }
    return inMethodOrder(byName);
  }

  /** The summary as a table, one line per method, for the log. */
  public static List<String> table(Map<String, MethodSummary> methods) {
    List<String> lines = new ArrayList<>();
    lines.add(MethodSummary.tableHeader());
    methods.forEach((method, summary) -> lines.add(summary.tableLine(method)));
    return lines;
  }

  private static MethodSummary.Distribution distribution(double mean, List<Double> quantiles) {
    return new MethodSummary.Distribution(
        mean, quantiles.get(0), quantiles.get(1), quantiles.get(2));
  }

  private static Map<String, MethodSummary> inMethodOrder(Map<String, MethodSummary> byName) {
    Map<String, MethodSummary> ordered = new LinkedHashMap<>();
    Baselines.all().stream()
        .map(baseline -> baseline.name())
        .filter(byName::containsKey)
        .forEach(name -> ordered.put(name, byName.get(name)));
    byName.forEach(ordered::putIfAbsent);
    return ordered;
  }
}
