/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.jobs.JobResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a train run did.
 *
 * @param engine the engine that trained
 * @param epochs one record per epoch, in order, resumed ones included; at least one
 * @param trainImages training examples per epoch (gray planes)
 * @param validationImages validation pairs scored after each epoch
 * @param bestEpoch with early stopping, the best epoch, whose network was committed; else 0
 * @param stoppedEarly whether early stopping ended the run before its last epoch
 * @param resumedFrom the epoch of the checkpoint the run resumed from; 0 when it did not resume
 * @param seconds wall time of the whole job
 * @param output the committed output directory
 * @param keptInit with {@value TrainConfig#KEEP_INIT}, what the written model kept of the start
 */
public record TrainResult(
    Engine engine,
    List<EpochMetrics> epochs,
    long trainImages,
    int validationImages,
    int bestEpoch,
    boolean stoppedEarly,
    int resumedFrom,
    double seconds,
    String output,
    Optional<KeptInit> keptInit)
    implements JobResult {
  /**
   * The model a fine-tune wrote when it kept part of the starting model's weights.
   *
   * @param share the share of the start's weights ({@value TrainConfig#KEEP_INIT})
   * @param validationPsnr the written model's mean validation PSNR, dB (NaN without pairs)
   * @param validationSsim its mean validation SSIM
   */
  public record KeptInit(double share, double validationPsnr, double validationSsim) {}

  /** Copies the epochs. */
  public TrainResult {
    epochs = List.copyOf(epochs);
    if (epochs.isEmpty()) {
      throw new IllegalArgumentException("a train result needs at least one epoch, got none");
    }
    if (bestEpoch < 0 || bestEpoch > epochs.size()) {
      throw new IllegalArgumentException(
          "best epoch must be in [0, " + epochs.size() + "], got " + bestEpoch);
    }
  }

  /** The last epoch. */
  public EpochMetrics last() {
    return epochs.get(epochs.size() - 1);
  }

  /** The epoch whose network was committed: the best with early stopping, else the last. */
  public EpochMetrics committed() {
    return bestEpoch > 0 ? epochs.get(bestEpoch - 1) : last();
  }

  /**
   * epochs, train_images, images_per_s (the last epoch's), val_psnr_db and val_ssim (the committed
   * epoch's; null without validation pairs), best_epoch (null without early stopping),
   * stopped_early, resumed_from_epoch (null when the run did not resume), seconds, output; with
   * {@value TrainConfig#KEEP_INIT}, keep_init and val_psnr_db_tuned (the committed epoch's, before
   * the interpolation), val_psnr_db and val_ssim then being the written model's.
   */
  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("epochs", epochs.size());
    summary.put("train_images", trainImages);
    summary.put("images_per_s", last().imagesPerSecond());
    boolean validated = validationImages > 0;
    double psnr = keptInit.map(KeptInit::validationPsnr).orElse(committed().validationPsnr());
    double ssim = keptInit.map(KeptInit::validationSsim).orElse(committed().validationSsim());
    summary.put("val_psnr_db", validated ? psnr : null);
    summary.put("val_ssim", validated ? ssim : null);
    summary.put("best_epoch", bestEpoch > 0 ? bestEpoch : null);
    summary.put("stopped_early", stoppedEarly);
    summary.put("resumed_from_epoch", resumedFrom > 0 ? resumedFrom : null);
    summary.put("seconds", seconds);
    summary.put("output", output);
    keptInit.ifPresent(
        k -> {
          summary.put("keep_init", k.share());
          summary.put("val_psnr_db_tuned", validated ? committed().validationPsnr() : null);
        });
    return summary;
  }
}
