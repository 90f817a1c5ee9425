/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.jobs.JobResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an ingest run did.
 *
 * @param format the input format used (after auto-detection)
 * @param inputs inputs read: files (files format, and dataset files rejected whole), records (IDX,
 *     CIFAR) or table rows (Parquet)
 * @param rows rows written to the images table (pages, records or tiles)
 * @param rejected rows written to the rejects table
 * @param seconds wall time of the run
 * @param output the output directory, fully qualified
 */
public record IngestResult(
    InputFormat format, long inputs, long rows, long rejected, double seconds, String output)
    implements JobResult {
  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("format", format.label());
    summary.put("inputs", inputs);
    summary.put("rows", rows);
    summary.put("rejected", rejected);
    summary.put("seconds", seconds);
    summary.put("output", output);
    return summary;
  }
}
