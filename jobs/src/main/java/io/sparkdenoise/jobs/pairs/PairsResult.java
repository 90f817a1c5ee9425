/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import io.sparkdenoise.jobs.JobResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a pairs run did.
 *
 * @param images rows of the images table selected (after the split filter)
 * @param pairs rows written to the pairs table
 * @param seconds wall-clock time of the run, to the millisecond
 * @param output the committed table's fully qualified URI
 * @param noiseSpec the canonical noise spec
 * @param seed the seed
 */
public record PairsResult(
    long images, long pairs, double seconds, String output, String noiseSpec, long seed)
    implements JobResult {
  /** Images without a pair because their PNG did not decode (the executor logs name them). */
  public long failed() {
    return images - pairs;
  }

  /** images, pairs, failed, seconds, output, noise_spec, seed. */
  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("images", images);
    summary.put("pairs", pairs);
    summary.put("failed", failed());
    summary.put("seconds", seconds);
    summary.put("output", output);
    summary.put("noise_spec", noiseSpec);
    summary.put("seed", seed);
    return summary;
  }
}
