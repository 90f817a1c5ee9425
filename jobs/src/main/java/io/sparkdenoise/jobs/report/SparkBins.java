/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;

import io.sparkdenoise.core.plot.Bins;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Histograms counted by Spark where the rows are, in core's {@link Bins}: only one count per
 * (group, bin) reaches the driver. Non-finite values (an infinite PSNR of an output identical to
 * the clean image) are in no bin.
 */
final class SparkBins {
  private SparkBins() {}

  /** Whether {@code value} is a finite number. */
  static Column finite(Column value) {
    return value
        .isNotNull()
        .and(not(value.isNaN()))
        .and(value.notEqual(lit(Double.POSITIVE_INFINITY)))
        .and(value.notEqual(lit(Double.NEGATIVE_INFINITY)));
  }

  /** Bins covering the finite values of {@code column}; empty when there are none. */
  static Optional<Bins> covering(Dataset<Row> rows, String column, int count) {
    Row range = rows.filter(finite(col(column))).agg(min(column), max(column)).first();
    if (range.isNullAt(0)) {
      return Optional.empty();
    }
    return Optional.of(Bins.covering(range.getDouble(0), range.getDouble(1), count));
  }

  /** The bin index of {@code value}: {@link Bins#indexOf}'s formula as a Spark column. */
  static Column index(Column value, Bins bins) {
    return least(
            greatest(floor(value.minus(lit(bins.lower())).divide(lit(bins.width()))), lit(0L)),
            lit((long) bins.count() - 1))
        .cast("int");
  }

  /**
   * The counts per bin of the finite values of {@code column}, for each value of {@code group} in
   * {@code groups} (in that order; a group without rows gets zeros).
   */
  static Map<String, long[]> counts(
      Dataset<Row> rows, String group, String column, Bins bins, List<String> groups) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    groups.forEach(g -> counts.put(g, new long[bins.count()]));
    List<Row> binned =
        rows.filter(finite(col(column)))
            .groupBy(col(group), index(col(column), bins).as("bin"))
            .agg(count(lit(1)))
            .collectAsList();
    for (Row row : binned) {
      long[] perBin = counts.get(row.getString(0));
      if (perBin != null) {
        perBin[row.getInt(1)] = row.getLong(2);
      }
    }
    return counts;
  }
}
