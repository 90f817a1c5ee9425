/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.awt.Graphics2D;
import java.util.List;

/**
 * Figures laid out in a grid of equal cells, row by row: the panels of a multi-chart picture
 * (training curves side by side, a page of histograms, a grid of image tiles). A last row that is
 * not full leaves its remaining cells blank. Immutable and thread-safe when its figures are.
 */
public final class FigureGrid implements Figure {
  private final int columns;
  private final List<Figure> figures;

  private FigureGrid(int columns, List<Figure> figures) {
    if (columns < 1) {
      throw new IllegalArgumentException("a grid needs at least 1 column, got " + columns);
    }
    if (figures.isEmpty()) {
      throw new IllegalArgumentException("a grid needs at least one figure, got none");
    }
    this.columns = columns;
    this.figures = List.copyOf(figures);
  }

  /** The figures in {@code columns} columns, as many rows as they need. */
  public static FigureGrid of(int columns, List<? extends Figure> figures) {
    return new FigureGrid(columns, List.copyOf(figures));
  }

  /** The figures side by side in one row. */
  public static FigureGrid row(List<? extends Figure> figures) {
    return of(Math.max(1, figures.size()), figures);
  }

  /** Columns of the grid. */
  public int columns() {
    return columns;
  }

  /** Rows of the grid. */
  public int rows() {
    return (figures.size() + columns - 1) / columns;
  }

  @Override
  public void draw(Graphics2D g, int width, int height) {
    g.setColor(PlotStyle.BACKGROUND);
    g.fillRect(0, 0, width, height);
    int rows = rows();
    for (int i = 0; i < figures.size(); i++) {
      int col = i % columns;
      int row = i / columns;
      int x0 = col * width / columns;
      int y0 = row * height / rows;
      int w = (col + 1) * width / columns - x0;
      int h = (row + 1) * height / rows - y0;
      Graphics2D cell = (Graphics2D) g.create(x0, y0, w, h);
      try {
        figures.get(i).draw(cell, w, h);
      } finally {
        cell.dispose();
      }
    }
  }
}
