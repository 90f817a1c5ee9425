/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What the ingest job does to one input, as plain functions: an encoded file (or Parquet cell) or a
 * dataset record becomes rows of the {@code images} table ({@link
 * io.sparkdenoise.core.ingest.IngestedImage}) or of the {@code rejects} table ({@link
 * io.sparkdenoise.core.ingest.Rejection}), never an exception. {@link
 * io.sparkdenoise.core.ingest.PageIngester} is serializable so Spark executors run it as is.
 */
package io.sparkdenoise.core.ingest;
