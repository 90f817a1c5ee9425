/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import io.sparkdenoise.jobs.JobResult;
import io.sparkdenoise.jobs.contracts.MethodSummary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a score run did.
 *
 * @param runId the run id, the partition {@code run_id=<id>}
 * @param modelId the scored model's id, empty for a baselines-only run
 * @param inputs rows of the input table read
 * @param images images scored (inputs whose PNGs decoded)
 * @param rows metrics rows written: images x methods
 * @param seconds wall-clock time of the run, to the millisecond
 * @param output the committed partition's fully qualified URI
 * @param methods each method's summary, in scoring order
 */
public record ScoreResult(
    String runId,
    Optional<String> modelId,
    long inputs,
    long images,
    long rows,
    double seconds,
    String output,
    Map<String, MethodSummary> methods)
    implements JobResult {
  /** Copies the methods, keeping their order. */
  public ScoreResult {
    methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
  }

  /** Inputs not scored because their PNG did not decode (the executor logs name them). */
  public long failed() {
    return inputs - images;
  }

  /**
   * rows, images, failed, run_id, model_id (null without a model), seconds, output, methods (by
   * name: count, psnr_db and ssim_wang as mean/median/p5/p95, psnr_gain_db, ssim_gain).
   */
  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("rows", rows);
    summary.put("images", images);
    summary.put("failed", failed());
    summary.put("run_id", runId);
    summary.put("model_id", modelId.orElse(null));
    summary.put("seconds", seconds);
    summary.put("output", output);
    Map<String, Object> byMethod = new LinkedHashMap<>();
    methods.forEach((method, numbers) -> byMethod.put(method, numbers.summary()));
    summary.put("methods", byMethod);
    return summary;
  }
}
