/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look of the project's charts: white background, light grid, a colour-blind-safe series
 * palette (Okabe and Ito), one sans-serif font family. Apply it to any XChart styler before adding
 * series. Stateless and thread-safe.
 */
public final class PlotStyle {
  /** Series colours in order (Okabe-Ito: blue, vermillion, bluish green, orange, purple, sky). */
  public static final List<Color> PALETTE =
      List.of(
          new Color(0x0072B2),
          new Color(0xD55E00),
          new Color(0x009E73),
          new Color(0xE69F00),
          new Color(0xCC79A7),
          new Color(0x56B4E9));

  /** The background of the chart and of its plot area. */
  public static final Color BACKGROUND = Color.WHITE;

  /** Titles, labels and the "no data" note. */
  public static final Color TEXT = new Color(0x222222);

  private static final String FONT = Font.SANS_SERIF;
  private static final int TITLE_SIZE = 14;
  private static final int LABEL_SIZE = 11;
  private static final int MARKER_SIZE = 5;
  private static final Color GRID = new Color(0xDDDDDD);

  private PlotStyle() {}

  /** Applies the style to any chart's styler. */
  public static void apply(Styler styler) {
    styler.setChartBackgroundColor(BACKGROUND);
    styler.setPlotBackgroundColor(BACKGROUND);
    styler.setChartFontColor(TEXT);
    styler.setChartTitleFont(titleFont());
    styler.setLegendFont(labelFont());
    styler.setSeriesColors(PALETTE.toArray(Color[]::new));
    styler.setMarkerSize(MARKER_SIZE);
    styler.setAntiAlias(true);
    if (styler instanceof AxesChartStyler axes) {
      axes.setPlotGridLinesColor(GRID);
      axes.setAxisTitleFont(labelFont());
      axes.setAxisTickLabelsFont(labelFont());
    }
  }

  /** The font of chart titles. */
  public static Font titleFont() {
    return new Font(FONT, Font.BOLD, TITLE_SIZE);
  }

  /** The font of axis titles, tick labels and legends. */
  public static Font labelFont() {
    return new Font(FONT, Font.PLAIN, LABEL_SIZE);
  }
}
