/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Spark plumbing every job shares: session creation ({@link
 * io.sparkdenoise.jobs.spark.SparkSessions}, the only place that builds a SparkSession), the atomic
 * commit of tables and partitions ({@link io.sparkdenoise.jobs.spark.AtomicCommit}) with their
 * {@code _provenance.json}, and table schemas from {@code data-schemas/} ({@link
 * io.sparkdenoise.jobs.spark.TableSchemas}, {@link io.sparkdenoise.jobs.spark.SchemaCheck}).
 */
package io.sparkdenoise.jobs.spark;
