/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.compare;

import io.sparkdenoise.jobs.JobResult;
import io.sparkdenoise.jobs.report.CompareReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a comparison measured: per model its test PSNR and SSIM (means over the test split), and
 * where the report is.
 *
 * @param runs the compared models, in run order
 * @param report the report's URI
 * @param seconds the whole command's wall time
 */
public record CompareResult(List<CompareReport.Run> runs, String report, double seconds)
    implements JobResult {
  /** Copies the runs. */
  public CompareResult {
    runs = List.copyOf(runs);
  }

  /**
   * runs (each: name, preset, loss, test_psnr_db, test_ssim, noisy_psnr_db, noisy_ssim,
   * test_images, epochs, best_epoch, train_seconds, model), report, seconds.
   */
  @Override
  public Map<String, Object> summary() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CompareReport.Run r : runs) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", r.name());
      row.put("preset", r.preset());
      row.put("loss", r.loss());
      row.put("test_psnr_db", r.scores().psnr().mean());
      row.put("test_ssim", r.scores().ssim().mean());
      row.put("noisy_psnr_db", r.noisy().psnr().mean());
      row.put("noisy_ssim", r.noisy().ssim().mean());
      row.put("test_images", r.scores().count());
      row.put("epochs", r.epochs());
      row.put("best_epoch", r.bestEpoch());
      row.put("train_seconds", r.trainSeconds());
      row.put("model", r.model());
      rows.add(row);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("runs", rows);
    summary.put("report", report);
    summary.put("seconds", seconds);
    return summary;
  }
}
