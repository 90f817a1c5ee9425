/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Self-contained HTML documents (the run report): a document is sections of blocks (paragraphs,
 * tables, figures, facts), rendered by {@link io.sparkdenoise.core.report.ReportDocument} into one
 * HTML file with inline CSS, images as {@code data:} URIs and no scripts, fonts or other files. All
 * text is escaped by {@link io.sparkdenoise.core.report.Html}: nothing from the data (image ids,
 * URIs, noise parameters, configuration values) can become markup.
 */
package io.sparkdenoise.core.report;
