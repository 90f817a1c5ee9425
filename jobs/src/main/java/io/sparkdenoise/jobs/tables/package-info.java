/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The tables analysts query: the metrics, history and pages tables registered as external Parquet
 * tables in a Spark catalog (the session's in-memory catalog or a Hive metastore), their DDL
 * generated from {@code data-schemas/} for analysts who run their own Spark or Hive, and the runner
 * of SQL scripts such as the example queries in {@code sql/examples/}. {@link
 * io.sparkdenoise.jobs.tables.TablesConfig} is the configuration, {@link
 * io.sparkdenoise.jobs.tables.TablesJob} registers.
 */
package io.sparkdenoise.jobs.tables;
