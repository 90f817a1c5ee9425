/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Charts and image grids drawn headless to PNG bytes with XChart and Java2D, for the HTML report,
 * the notebook export and the training output: line charts of named series, histograms of
 * pre-binned counts, and grids of images with captions. Plain data in, PNG out: the callers (Spark
 * jobs, the notebook exporter) compute the numbers, this package only draws them, in one house
 * style ({@link Charts}).
 */
package io.sparkdenoise.core.plot;
