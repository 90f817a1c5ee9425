/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.jobs.JobResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a train run did.
 *
 * @param engine the engine that trained
 * @param epochs one record per epoch, in order; at least one
 * @param trainImages training examples per epoch (gray planes)
 * @param validationImages validation pairs scored after each epoch
 * @param seconds wall time of the whole job
 * @param output the committed output directory
 */
public record TrainResult(
    Engine engine,
    List<EpochMetrics> epochs,
    long trainImages,
    int validationImages,
    double seconds,
    String output)
    implements JobResult {
  /** Copies the epochs. */
  public TrainResult {
    epochs = List.copyOf(epochs);
    if (epochs.isEmpty()) {
      throw new IllegalArgumentException("a train result needs at least one epoch, got none");
    }
  }

  /** The last epoch. */
  public EpochMetrics last() {
    return epochs.get(epochs.size() - 1);
  }

  /**
   * epochs, train_images, images_per_s, val_psnr_db, val_ssim (the last epoch's; null without
   * validation pairs), seconds, output.
   */
  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("epochs", epochs.size());
    summary.put("train_images", trainImages);
    summary.put("images_per_s", last().imagesPerSecond());
    summary.put("val_psnr_db", validationImages > 0 ? last().validationPsnr() : null);
    summary.put("val_ssim", validationImages > 0 ? last().validationSsim() : null);
    summary.put("seconds", seconds);
    summary.put("output", output);
    return summary;
  }
}
