/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.ImageMetrics;
import io.sparkdenoise.core.metrics.Ssim;
import io.sparkdenoise.core.metrics.SsimConvention;
import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.core.model.ModelDenoiser;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a network on validation pairs held on the driver: loss (the network's score, per pixel),
 * mean PSNR and mean SSIM (Wang) of {@link ModelDenoiser}'s output against the clean images. Not
 * thread-safe.
 */
final class Validation {
  private static final double DATA_RANGE = 1.0;
  private static final String DENOISER_NAME = "validation";

  private final List<ImagePair> pairs;

  Validation(List<ImagePair> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  /** Number of validation pairs. */
  int size() {
    return pairs.size();
  }

  /** Loss, PSNR and SSIM of {@code network}, each NaN when there are no pairs. */
  Score score(Dl4jNetwork network) {
    if (pairs.isEmpty()) {
      return new Score(Double.NaN, Double.NaN, Double.NaN);
    }
    ModelDenoiser denoiser = new ModelDenoiser(DENOISER_NAME, network, ModelDenoiser.BATCH_DEFAULT);
    List<Image> noisy = new ArrayList<>(pairs.size());
    for (ImagePair p : pairs) {
      noisy.add(p.noisy());
    }
    List<Image> denoised = denoiser.denoiseAll(noisy);
    double psnr = 0;
    double ssim = 0;
    for (int i = 0; i < pairs.size(); i++) {
      Image clean = pairs.get(i).clean();
      psnr += ImageMetrics.psnr(clean, denoised.get(i), DATA_RANGE);
      ssim += Ssim.mean(clean, denoised.get(i), SsimConvention.WANG);
    }
    return new Score(loss(network), psnr / pairs.size(), ssim / pairs.size());
  }

  private double loss(Dl4jNetwork network) {
    double sum = 0;
    int batch = ModelDenoiser.BATCH_DEFAULT;
    for (int from = 0; from < pairs.size(); from += batch) {
      List<ImagePair> part = pairs.subList(from, Math.min(pairs.size(), from + batch));
      sum += network.graph().score(network.minibatch(part), false) * part.size();
    }
    Image first = pairs.get(0).clean();
    return sum
        / pairs.size()
        / network.loss().scorePerSample(first.height(), first.width(), first.channels());
  }

  /** Validation loss per pixel, mean PSNR in dB, mean SSIM. */
  record Score(double loss, double psnr, double ssim) {}
}
