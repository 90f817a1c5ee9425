/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import io.sparkdenoise.jobs.JobResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a denoise run did.
 *
 * @param runId the run id
 * @param modelId the model's id
 * @param files inputs seen
 * @param processed pages denoised by this run
 * @param skippedUnchanged pages of inputs that an earlier run (or a killed one) finished with the
 *     same model and that have not changed since
 * @param rejected inputs that could not be used (rows of {@code rejects/run_id=<id>})
 * @param megapixels megapixels denoised by this run
 * @param seconds wall-clock seconds of the run, session start-up excluded, commits included
 * @param output the qualified output directory
 */
public record DenoiseResult(
    String runId,
    String modelId,
    long files,
    long processed,
    long skippedUnchanged,
    long rejected,
    double megapixels,
    double seconds,
    String output)
    implements JobResult {
  private static final double THOUSAND = 1000.0;

  /** Pages known to this run: denoised or skipped as unchanged. */
  public long pages() {
    return processed + skippedUnchanged;
  }

  /**
   * pages, processed, skipped_unchanged, rejected, megapixels, seconds, output, files, run_id,
   * model_id.
   */
  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("pages", pages());
    summary.put("processed", processed);
    summary.put("skipped_unchanged", skippedUnchanged);
    summary.put("rejected", rejected);
    summary.put("megapixels", Math.round(megapixels * THOUSAND) / THOUSAND);
    summary.put("seconds", Math.round(seconds * THOUSAND) / THOUSAND);
    summary.put("output", output);
    summary.put("files", files);
    summary.put("run_id", runId);
    summary.put("model_id", modelId);
    return summary;
  }
}
