/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.demo;

import io.sparkdenoise.jobs.JobResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the demo measured on the test split: mean PSNR and SSIM (wang) of the noisy input and of the
 * model's output, the training speed, the damaged page's PSNR before and after the built-in
 * document model, the HTML report of the score run, and where everything was written.
 */
public record DemoResult(
    double noisyPsnrDb,
    double denoisedPsnrDb,
    double noisySsim,
    double denoisedSsim,
    double trainImagesPerSecond,
    long testImages,
    double pagePsnrBeforeDb,
    double pagePsnrAfterDb,
    String report,
    String outputDir)
    implements JobResult {
  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("noisy_psnr_db", noisyPsnrDb);
    summary.put("denoised_psnr_db", denoisedPsnrDb);
    summary.put("noisy_ssim", noisySsim);
    summary.put("denoised_ssim", denoisedSsim);
    summary.put("train_images_per_s", trainImagesPerSecond);
    summary.put("test_images", testImages);
    summary.put("page_psnr_before_db", pagePsnrBeforeDb);
    summary.put("page_psnr_after_db", pagePsnrAfterDb);
    summary.put("report", report);
    summary.put("output_dir", outputDir);
    return summary;
  }
}
