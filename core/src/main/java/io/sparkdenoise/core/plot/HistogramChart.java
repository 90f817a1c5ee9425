/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Histograms of several series over the same {@link Bins}, drawn as overlaid outlines (one colour
 * per series, so four methods stay readable where filled bars would hide each other), in the {@link
 * PlotStyle}. The counts are given, not computed: bin {@code i} of a series is {@code
 * counts.get(name)[i]}. Immutable and thread-safe.
 *
 * @param title the chart title
 * @param xAxis the x axis title, with its unit
 * @param bins the shared bins
 * @param counts each series' count per bin, in legend order; every array has {@code bins.count()}
 *     non-negative entries
 */
public record HistogramChart(String title, String xAxis, Bins bins, Map<String, long[]> counts)
    implements Figure {
  /** The y axis title. */
  public static final String Y_AXIS = "images";

  /** Checks the counts and copies them, keeping their order. */
  public HistogramChart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xAxis, "xAxis");
    Objects.requireNonNull(bins, "bins");
    if (counts.isEmpty()) {
      throw new IllegalArgumentException("histogram '" + title + "' needs at least one series");
    }
    Map<String, long[]> copy = new LinkedHashMap<>();
    counts.forEach(
        (name, perBin) -> {
          if (perBin.length != bins.count()) {
            throw new IllegalArgumentException(
                "series '"
                    + name
                    + "' has "
                    + perBin.length
                    + " counts for "
                    + bins.count()
                    + " bins");
          }
          for (long c : perBin) {
            if (c < 0) {
              throw new IllegalArgumentException("series '" + name + "' has a negative count " + c);
            }
          }
          copy.put(name, perBin.clone());
        });
    counts = Collections.unmodifiableMap(copy);
  }

  @Override
  public void draw(Graphics2D g, int width, int height) {
    xyChart(width, height).paint(g, width, height);
  }

  /**
   * The XChart chart: the bars' outlines, x tick labels with the decimals the bins' range needs
   * ({@link AxisFormat}), whole counts on y.
   */
  XYChart xyChart(int width, int height) {
    XYChart chart = new XYChart(width, height);
    chart.setTitle(title);
    chart.setXAxisTitle(xAxis);
    chart.setYAxisTitle(Y_AXIS);
    PlotStyle.apply(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    chart.getStyler().setXAxisDecimalPattern(AxisFormat.pattern(bins.lower(), bins.upper()));
    for (LineChart.Series outline : outlines()) {
      chart.addSeries(outline.name(), outline.x(), outline.y()).setMarker(SeriesMarkers.NONE);
    }
    return chart;
  }

  /** Each series as the outline of its bars: up, across and down each bin. */
  List<LineChart.Series> outlines() {
    List<LineChart.Series> outlines = new ArrayList<>();
    int n = bins.count();
    double w = bins.width();
    counts.forEach(
        (name, perBin) -> {
          double[] x = new double[2 * n + 2];
          double[] y = new double[2 * n + 2];
          x[0] = bins.lower();
          for (int i = 0; i < n; i++) {
            x[2 * i + 1] = bins.lower() + i * w;
            y[2 * i + 1] = perBin[i];
            x[2 * i + 2] = bins.lower() + (i + 1) * w;
            y[2 * i + 2] = perBin[i];
          }
          x[2 * n + 1] = bins.upper();
          outlines.add(new LineChart.Series(name, x, y));
        });
    return outlines;
  }
}
