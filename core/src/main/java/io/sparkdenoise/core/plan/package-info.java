/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Pure planners that decide work before Spark runs it: stable image ids, the train/validation/test
 * split, and tiling of large pages into patches. They depend only on their inputs, so a job gives
 * the same answer on any cluster layout and on every re-run.
 */
package io.sparkdenoise.core.plan;
