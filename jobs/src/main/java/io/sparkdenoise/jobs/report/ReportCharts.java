/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import io.sparkdenoise.core.plot.Figure;
import io.sparkdenoise.core.plot.PngFigures;
import io.sparkdenoise.core.report.Block;

/** The report's charts: one size, drawn by core's plot package into figure blocks. */
final class ReportCharts {
  /** Chart width in pixels. */
  static final int WIDTH = 720;

  /** Chart height in pixels. */
  static final int HEIGHT = 400;

  private ReportCharts() {}

  /** The chart drawn at the report's size as a figure with its text alternative and caption. */
  static Block.Figure figure(Figure chart, String alt, String caption) {
    return new Block.Figure(PngFigures.png(chart, WIDTH, HEIGHT), alt, caption);
  }
}
