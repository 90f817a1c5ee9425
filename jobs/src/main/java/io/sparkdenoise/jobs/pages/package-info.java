/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The pages job: a corpus of clean document pages rendered on the executors, written as image files
 * that the ingest job reads (with tiling, for training patches).
 */
package io.sparkdenoise.jobs.pages;
