/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pages;

import io.sparkdenoise.jobs.JobResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the pages job wrote.
 *
 * @param pages page files written (each with its text file)
 * @param bytes the page files' total size, without the text files
 * @param width page width in pixels
 * @param height page height in pixels
 * @param dpi the resolution
 * @param seconds wall time from start to commit
 * @param output the committed directory, fully qualified
 */
public record PagesResult(
    long pages, long bytes, int width, int height, int dpi, double seconds, String output)
    implements JobResult {
  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("pages", pages);
    summary.put("bytes", bytes);
    summary.put("width", width);
    summary.put("height", height);
    summary.put("dpi", dpi);
    summary.put("seconds", seconds);
    summary.put("output", output);
    return summary;
  }
}
