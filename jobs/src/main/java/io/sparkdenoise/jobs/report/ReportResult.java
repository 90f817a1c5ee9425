/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import io.sparkdenoise.jobs.JobResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report run wrote.
 *
 * @param runId the run reported on
 * @param output the written file's qualified URI
 * @param bytes the file's size
 * @param sections the section ids, in order
 * @param figures the images in the file (charts and grids)
 * @param notes the notes about what could not be shown
 * @param seconds wall-clock time, to the millisecond
 */
public record ReportResult(
    String runId,
    String output,
    long bytes,
    List<String> sections,
    int figures,
    int notes,
    double seconds)
    implements JobResult {
  /** Copies the sections. */
  public ReportResult {
    sections = List.copyOf(sections);
  }

  /** run_id, output, bytes, sections, figures, notes, seconds. */
  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("run_id", runId);
    summary.put("output", output);
    summary.put("bytes", bytes);
    summary.put("sections", sections);
    summary.put("figures", figures);
    summary.put("notes", notes);
    summary.put("seconds", seconds);
    return summary;
  }
}
