/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import io.sparkdenoise.core.plot.Bins;
import io.sparkdenoise.core.plot.HistogramChart;
import io.sparkdenoise.core.report.Block;
import io.sparkdenoise.core.report.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Histograms of PSNR and SSIM per method over the run's images. */
final class DistributionSection {
  /** The section's id. */
  static final String ID = "distributions";

  private DistributionSection() {}

  static Section build(Dataset<Row> rows, List<String> methods, int bins) {
    List<Block> blocks = new ArrayList<>();
    histogram(blocks, rows, methods, bins, "psnr_db", "PSNR per method", "PSNR (dB)");
    histogram(blocks, rows, methods, bins, "ssim_wang", "SSIM per method", "SSIM (Wang)");
    long infinite = rows.filter(not(SparkBins.finite(col("psnr_db")))).count();
    if (infinite > 0) {
      blocks.add(
          new Block.Note(
              infinite
                  + " rows have an infinite PSNR (an output identical to the clean image) and are"
                  + " in no PSNR bin."));
    }
    return new Section(ID, "PSNR and SSIM distributions", blocks);
  }

  private static void histogram(
      List<Block> blocks,
      Dataset<Row> rows,
      List<String> methods,
      int count,
      String column,
      String title,
      String axis) {
    Optional<Bins> bins = SparkBins.covering(rows, column, count);
    if (bins.isEmpty()) {
      blocks.add(new Block.Note(title + ": no finite values to draw."));
      return;
    }
    HistogramChart chart =
        new HistogramChart(
            title, axis, bins.get(), SparkBins.counts(rows, "method", column, bins.get(), methods));
    blocks.add(
        ReportCharts.figure(
            chart,
            title,
            title
                + ": images per bin of width "
                + Numbers.fixed(bins.get().width(), column.startsWith("ssim") ? 4 : 2)
                + ", one outline per method"));
  }
}
