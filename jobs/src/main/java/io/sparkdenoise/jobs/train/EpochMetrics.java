/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

/**
 * What one epoch did: one row of the history table (data-schemas/history.json). The validation
 * fields are NaN when the validation split is empty.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss the network's training score divided by the pixels of an image: the score after
 *     the epoch's last parameter average (spark engine) or the mean minibatch score (local engine)
 * @param validationLoss the score on the validation pairs, per pixel like {@code trainLoss}
 * @param validationPsnr mean PSNR in dB of the denoised validation images against the clean ones
 *     (data range 1)
 * @param validationSsim mean SSIM (Wang et al. convention) of the same
 * @param imagesPerSecond training examples (gray planes) per second of the epoch's training
 * @param seconds wall time of the epoch's training, without validation
 * @param learningRate Adam's step size in this epoch
 * @param bestEpoch with early stopping, the best epoch by its metric as of this epoch (this one or
 *     an earlier one); 0 when early stopping is off
 */
public record EpochMetrics(
    int epoch,
    double trainLoss,
    double validationLoss,
    double validationPsnr,
    double validationSsim,
    double imagesPerSecond,
    double seconds,
    double learningRate,
    int bestEpoch) {}
