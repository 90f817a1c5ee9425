/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs;

import java.util.Map;

/**
 * What a job's {@code run(spark, config)} returns: its numbers, printed by the launcher as the
 * job's last stdout line, one JSON object, so scripts and tests can read them.
 */
public interface JobResult {
  /** The summary fields in print order, e.g. {@code inputs}, {@code rows}, {@code seconds}. */
  Map<String, Object> summary();
}
