/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Charts drawn headless into PNG files, for the pictures the jobs leave next to their tables
 * (training curves now; report histograms, scatter plots and image grids can join them). The pieces
 * compose: anything that can draw itself in a box is a {@link io.sparkdenoise.core.plot.Figure};
 * {@link io.sparkdenoise.core.plot.LineChart} draws named series, {@link
 * io.sparkdenoise.core.plot.ChartFigure} adapts any XChart chart, {@link
 * io.sparkdenoise.core.plot.FigureGrid} lays figures out in panels, {@link
 * io.sparkdenoise.core.plot.PlotStyle} gives every chart the same look and {@link
 * io.sparkdenoise.core.plot.PngFigures} renders a figure at a stated size (after {@link
 * io.sparkdenoise.core.plot.Headless#require()}). Plain Java on XChart and AWT, no display needed.
 */
package io.sparkdenoise.core.plot;
