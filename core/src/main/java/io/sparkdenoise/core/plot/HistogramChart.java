/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Histograms of several series over the same {@link Bins}, drawn as overlaid outlines (one colour
 * per series, so four methods stay readable where filled bars would hide each other). The counts
 * are given, not computed: bin {@code i} of a series is {@code counts.get(name)[i]}. Immutable and
 * thread-safe.
 *
 * @param title the chart title
 * @param xAxis the x axis title, with its unit
 * @param bins the shared bins
 * @param counts each series' count per bin, in legend order; every array has {@code bins.count()}
 *     non-negative entries
 */
public record HistogramChart(String title, String xAxis, Bins bins, Map<String, long[]> counts) {
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

  /** The histogram as PNG bytes of {@code width} x {@code height} pixels. */
  public byte[] png(int width, int height) {
    return new LineChart(title, xAxis, Y_AXIS, outlines(), false).png(width, height);
  }

  /** The histogram as PNG bytes at the default size. */
  public byte[] png() {
    return png(Charts.WIDTH_DEFAULT, Charts.HEIGHT_DEFAULT);
  }

  /** Each series as the outline of its bars: up, across and down each bin. */
  List<Series> outlines() {
    List<Series> outlines = new ArrayList<>();
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
          outlines.add(new Series(name, x, y));
        });
    return outlines;
  }
}
