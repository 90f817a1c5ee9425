/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.awt.Graphics2D;
import java.util.Objects;
import java.util.function.BiFunction;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Any XChart chart as a {@link Figure}: the chart is built anew for each size by a factory (XChart
 * charts lay out for the size they are made with), then painted. The way to add a chart kind
 * (histograms with {@code CategoryChart}, scatter plots with {@code XYChart}) to a {@link
 * FigureGrid}. Thread-safe when the factory is.
 */
public final class ChartFigure implements Figure {
  private final BiFunction<Integer, Integer, ? extends Chart<?, ?>> factory;

  /** A figure painting the chart {@code factory} makes for (width, height). */
  public ChartFigure(BiFunction<Integer, Integer, ? extends Chart<?, ?>> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public void draw(Graphics2D g, int width, int height) {
    factory.apply(width, height).paint(g, width, height);
  }
}
