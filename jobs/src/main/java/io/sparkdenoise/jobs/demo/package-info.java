/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The one-command demo: ingest, pairs, train (parameter averaging on local Spark) and score on a
 * dataset the project renders itself, or on IDX files the user points at.
 */
package io.sparkdenoise.jobs.demo;
