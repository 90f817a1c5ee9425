/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line chart of named series over a shared x axis, e.g. loss per epoch or mean PSNR gain per
 * noise level. Non-finite y values (NaN, or an infinite PSNR) are drawn as gaps; a series with no
 * finite y value is left out of the drawing. Immutable and thread-safe.
 *
 * @param title the chart title
 * @param xAxis the x axis title, with its unit
 * @param yAxis the y axis title, with its unit
 * @param series the series, in legend order; at least one must have a finite y value
 * @param markers whether each point also gets a marker (for sparse points)
 */
public record LineChart(
    String title, String xAxis, String yAxis, List<Series> series, boolean markers) {
  /** Checks the titles and copies the series. */
  public LineChart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xAxis, "xAxis");
    Objects.requireNonNull(yAxis, "yAxis");
    series = List.copyOf(series);
    if (series.stream().noneMatch(Series::hasFiniteY)) {
      throw new IllegalArgumentException(
          "chart '" + title + "' needs a series with a finite y value, got " + names(series));
    }
  }

  /** The chart as PNG bytes of {@code width} x {@code height} pixels. */
  public byte[] png(int width, int height) {
    Charts.requireSize(width, height);
    XYChart chart =
        new XYChartBuilder()
            .width(width)
            .height(height)
            .title(title)
            .xAxisTitle(xAxis)
            .yAxisTitle(yAxis)
            .build();
    Charts.style(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    chart.getStyler().setXAxisDecimalPattern(Charts.DECIMALS);
    chart.getStyler().setYAxisDecimalPattern(Charts.DECIMALS);
    for (Series s : series) {
      if (s.hasFiniteY()) {
        XYSeries drawn = chart.addSeries(s.name(), s.x(), gapsForNonFinite(s.y()));
        drawn.setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
      }
    }
    return Charts.png(chart);
  }

  /** The chart as PNG bytes at the default size. */
  public byte[] png() {
    return png(Charts.WIDTH_DEFAULT, Charts.HEIGHT_DEFAULT);
  }

  private static double[] gapsForNonFinite(double[] y) {
    double[] out = y.clone();
    for (int i = 0; i < out.length; i++) {
      if (!Double.isFinite(out[i])) {
        out[i] = Double.NaN;
      }
    }
    return out;
  }

  private static List<String> names(List<Series> series) {
    return series.stream().map(Series::name).toList();
  }
}
