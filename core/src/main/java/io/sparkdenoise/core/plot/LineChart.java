/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * Named series of (x, y) points drawn as lines with markers, in {@link PlotStyle}: training curves,
 * metric against noise level. Points with a non-finite coordinate are left out (a metric that was
 * not measured in some epochs is NaN there); a series with no point left is left out, and a chart
 * with no series left shows its title and "no data". Immutable: {@link #with} returns a new chart.
 * Thread-safe.
 */
public final class LineChart implements Figure {
  /** The note drawn when no series has a point. */
  public static final String NO_DATA = "no data";

  private final String title;
  private final String xTitle;
  private final String yTitle;
  private final boolean integerX;
  private final List<Series> series;

  /** One named series; {@code x} and {@code y} have one entry per point. */
  public record Series(String name, double[] x, double[] y) {
    /** Checks the name and that x and y have one length, and copies them. */
    public Series {
      Objects.requireNonNull(name, "name");
      if (x.length != y.length) {
        throw new IllegalArgumentException(
            "series " + name + " needs one y per x, got " + x.length + " x and " + y.length + " y");
      }
      x = x.clone();
      y = y.clone();
    }

    /** The series without its non-finite points. */
    Series finite() {
      List<Integer> keep = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
          keep.add(i);
        }
      }
      double[] fx = new double[keep.size()];
      double[] fy = new double[keep.size()];
      for (int i = 0; i < fx.length; i++) {
        fx[i] = x[keep.get(i)];
        fy[i] = y[keep.get(i)];
      }
      return new Series(name, fx, fy);
    }
  }

  private LineChart(
      String title, String xTitle, String yTitle, boolean integerX, List<Series> series) {
    this.title = Objects.requireNonNull(title, "title");
    this.xTitle = Objects.requireNonNull(xTitle, "xTitle");
    this.yTitle = Objects.requireNonNull(yTitle, "yTitle");
    this.integerX = integerX;
    this.series = List.copyOf(series);
  }

  /** An empty chart with a title and axis titles. */
  public static LineChart of(String title, String xTitle, String yTitle) {
    return new LineChart(title, xTitle, yTitle, false, List.of());
  }

  /** This chart with whole-number x tick labels (epochs, counts). */
  public LineChart integerX() {
    return new LineChart(title, xTitle, yTitle, true, series);
  }

  /**
   * This chart with one more series, drawn in the next palette colour.
   *
   * @throws IllegalArgumentException when the name is taken or x and y differ in length
   */
  public LineChart with(String name, double[] x, double[] y) {
    for (Series s : series) {
      if (s.name().equals(name)) {
        throw new IllegalArgumentException("chart " + title + " has a series " + name + " already");
      }
    }
    List<Series> more = new ArrayList<>(series);
    more.add(new Series(name, x, y));
    return new LineChart(title, xTitle, yTitle, integerX, more);
  }

  /** The series that will be drawn: those with at least one finite point, finite points only. */
  public List<Series> drawnSeries() {
    List<Series> drawn = new ArrayList<>();
    for (Series s : series) {
      Series f = s.finite();
      if (f.x().length > 0) {
        drawn.add(f);
      }
    }
    return drawn;
  }

  @Override
  public void draw(Graphics2D g, int width, int height) {
    List<Series> drawn = drawnSeries();
    if (drawn.isEmpty()) {
      drawNoData(g, width, height);
      return;
    }
    xyChart(drawn, width, height).paint(g, width, height);
  }

  /**
   * The XChart chart of {@code drawn} (this chart's {@link #drawnSeries()}). The legend never
   * covers data: a rising validation curve ends in the top right corner, a falling loss in the
   * bottom right, so an inside legend would hide the last epochs. One series has no legend (the
   * title names it); several have theirs below the plot.
   */
  XYChart xyChart(List<Series> drawn, int width, int height) {
    XYChart chart = new XYChart(width, height);
    chart.setTitle(title);
    chart.setXAxisTitle(xTitle);
    chart.setYAxisTitle(yTitle);
    PlotStyle.apply(chart.getStyler());
    chart.getStyler().setLegendVisible(drawn.size() > 1);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    if (integerX) {
      chart.getStyler().setXAxisDecimalPattern("#");
    }
    for (Series s : drawn) {
      chart.addSeries(s.name(), s.x(), s.y());
    }
    return chart;
  }

  private void drawNoData(Graphics2D g, int width, int height) {
    g.setColor(PlotStyle.BACKGROUND);
    g.fillRect(0, 0, width, height);
    g.setColor(PlotStyle.TEXT);
    g.setFont(PlotStyle.titleFont());
    FontMetrics title = g.getFontMetrics();
    g.drawString(this.title, (width - title.stringWidth(this.title)) / 2, title.getHeight());
    g.setFont(PlotStyle.labelFont());
    FontMetrics note = g.getFontMetrics();
    g.drawString(NO_DATA, (width - note.stringWidth(NO_DATA)) / 2, height / 2);
  }
}
