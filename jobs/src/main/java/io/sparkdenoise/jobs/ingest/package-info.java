/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code ingest} job: image files, IDX and CIFAR datasets, or a Parquet table of encoded images
 * become one canonical {@code images} table and a {@code rejects} table (data-schemas/images.json,
 * rejects.json), every input ending in exactly one of them. Entry point: {@link
 * io.sparkdenoise.jobs.ingest.IngestJob}.
 */
package io.sparkdenoise.jobs.ingest;
