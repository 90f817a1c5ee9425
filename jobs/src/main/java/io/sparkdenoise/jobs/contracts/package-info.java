/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The contracts between the jobs that write tables and those that read them: one {@link
 * io.sparkdenoise.jobs.contracts.Table} per table (name, partition column, schema version, how to
 * read and check it), the layout of a train output ({@link
 * io.sparkdenoise.jobs.contracts.ModelDirectory}), one run of the metrics table with what its
 * provenance says about its inputs ({@link io.sparkdenoise.jobs.contracts.MetricsRun}) and its
 * per-method summary ({@link io.sparkdenoise.jobs.contracts.MetricsSummaries}).
 *
 * <p>Producers and consumers both depend on this package and never on each other: the report reads
 * a score run here, not in the score job. The schemas themselves live in {@code data-schemas/}.
 */
package io.sparkdenoise.jobs.contracts;
