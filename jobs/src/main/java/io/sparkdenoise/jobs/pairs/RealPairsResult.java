/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import io.sparkdenoise.jobs.JobResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@code pairs} run on real files did.
 *
 * @param matched noisy files that had a clean counterpart at the same relative path, or, for two
 *     images tables, noisy rows that had a clean row of the same id
 * @param pairs rows of the pairs table (pages, or tiles of pages)
 * @param rejected rows of the rejects table: unmatched files, files or pages that do not decode or
 *     do not fit their counterpart
 * @param seconds wall-clock seconds
 * @param output the pairs table written
 * @param rejects the rejects table written
 */
public record RealPairsResult(
    long matched, long pairs, long rejected, double seconds, String output, String rejects)
    implements JobResult {
  /** matched, pairs, rejected, seconds, output, rejects, noise_spec (always real). */
  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("matched", matched);
    summary.put("pairs", pairs);
    summary.put("rejected", rejected);
    summary.put("seconds", seconds);
    summary.put("output", output);
    summary.put("rejects", rejects);
    summary.put("noise_spec", RealPairsJob.NOISE_MODEL);
    return summary;
  }
}
