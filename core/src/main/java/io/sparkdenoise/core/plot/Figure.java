/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.awt.Graphics2D;

/**
 * Something that draws itself into a box of any size: a chart, a panel of charts, an image grid.
 * Figures hold their data, not a size, so one figure can be a thumbnail in a grid or a page on its
 * own. Implementations must not keep the graphics context, and must be safe to draw repeatedly.
 */
@FunctionalInterface
public interface Figure {
  /**
   * Draws the figure into the box from (0, 0) to ({@code width}, {@code height}) of {@code g},
   * covering the whole box (background included).
   */
  void draw(Graphics2D g, int width, int height);
}
