/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The analysis notebook export ({@code notebooks-export/}): a Markdown notebook whose code cells
 * are quoted verbatim from compiled sources (the example queries in {@code sql/examples/} and the
 * marked regions of {@link io.sparkdenoise.jobs.notebook.AnalysisCells}) and whose outputs are what
 * running those cells in a SparkSession gave. {@link io.sparkdenoise.jobs.notebook.NotebookExport}
 * writes it.
 */
package io.sparkdenoise.jobs.notebook;
