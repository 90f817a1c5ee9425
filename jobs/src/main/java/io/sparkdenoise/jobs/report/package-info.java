/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code report} job: one score run (a {@code run_id=<id>} partition of the metrics table) and
 * what its provenance points at (the model's training history, the pairs it scored) made into one
 * self-contained HTML file for people: summary tables, training curves, PSNR/SSIM histograms per
 * method, gain against noise level, before/after image grids and the run's provenance. Spark
 * computes the numbers (counts, bins, means); only small results reach the driver, where core's
 * {@code plot} package draws them and core's {@code report} package writes the HTML. {@link
 * io.sparkdenoise.jobs.report.ReportConfig} is the configuration, {@link
 * io.sparkdenoise.jobs.report.ReportJob} runs it.
 */
package io.sparkdenoise.jobs.report;
