/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code denoise} job, what the project is for: an archive of scanned pages (image files on any
 * Hadoop file system, or a Parquet table of encoded images) cleaned by a trained model, page by
 * page with tiled inference on the executors (core's {@code ArchiveDenoiser}), into files that
 * mirror the input (same relative paths, formats and page counts) and one row per page in the pages
 * table.
 *
 * <p>It is built to run every night over a growing archive: incremental (an input whose fingerprint
 * and model are unchanged is skipped) and resumable (each finished input leaves a done marker, and
 * the driver folds the markers into the pages and manifest tables at the end of a run, {@code
 * StateCommit}), with output files renamed into place only when complete. {@link
 * io.sparkdenoise.jobs.denoise.DenoiseConfig} is the job's configuration, {@link
 * io.sparkdenoise.jobs.denoise.DenoiseJob} runs it; executors get only the small {@code
 * DenoiseParams}.
 */
package io.sparkdenoise.jobs.denoise;
