/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * The one look of every chart the project draws, and its encoding to PNG. Everything in this
 * package draws off-screen: before using AWT it sets {@code java.awt.headless=true} unless the JVM
 * was started with the property set, so no display is ever needed (on a cluster or in CI).
 * Thread-safe.
 */
public final class Charts {
  /** Default chart width in pixels. */
  public static final int WIDTH_DEFAULT = 720;

  /** Default chart height in pixels. */
  public static final int HEIGHT_DEFAULT = 400;

  /** The smallest width or height a chart is drawn at, in pixels. */
  public static final int SIZE_MIN = 64;

  /** The largest width or height a chart is drawn at, in pixels. */
  public static final int SIZE_MAX = 8192;

  /** The series colours, in order; colour-blind safe (Okabe and Ito). */
  static final Color[] PALETTE = {
    new Color(0, 114, 178),
    new Color(213, 94, 0),
    new Color(0, 158, 115),
    new Color(204, 121, 167),
    new Color(230, 159, 0),
    new Color(86, 180, 233),
    new Color(0, 0, 0),
    new Color(240, 228, 66)
  };

  /** Axis tick labels: at most four decimals, thousands grouped. */
  static final String DECIMALS = "#,##0.####";

  private static final String HEADLESS = "java.awt.headless";
  private static final int TITLE_POINTS = 15;
  private static final int TEXT_POINTS = 12;

  static {
    ensureHeadless();
  }

  private Charts() {}

  /**
   * Sets {@code java.awt.headless=true} unless the property is set already; to be called before the
   * first use of AWT (Java reads the property once).
   */
  static void ensureHeadless() {
    if (System.getProperty(HEADLESS) == null) {
      System.setProperty(HEADLESS, "true");
    }
  }

  /** Applies the house style to a chart's styler: white background, palette, fonts, legend. */
  static void style(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setSeriesColors(PALETTE);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, TITLE_POINTS));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, TEXT_POINTS));
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setAntiAlias(true);
  }

  /** The chart drawn as PNG bytes at its own size. */
  static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a chart as PNG", e);
    }
  }

  /**
   * Checks a chart size.
   *
   * @throws IllegalArgumentException when a side is outside [{@value #SIZE_MIN}, {@value
   *     #SIZE_MAX}]
   */
  static void requireSize(int width, int height) {
    if (width < SIZE_MIN || width > SIZE_MAX || height < SIZE_MIN || height > SIZE_MAX) {
      throw new IllegalArgumentException(
          "chart size must be within ["
              + SIZE_MIN
              + ", "
              + SIZE_MAX
              + "] pixels a side, got "
              + width
              + "x"
              + height);
    }
  }
}
