/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.training;

import io.sparkdenoise.core.noise.NoiseStreams;

/**
 * The noise seed of a training epoch, so that every epoch sees fresh noise and any run, on any
 * cluster, sees the same noise in the same epoch: epoch 0 is the configured seed itself (the noise
 * the pairs job stores for that seed, used for validation), epoch {@code e >= 1} the seed {@link
 * NoiseStreams#derivedSeed derived} for {@code "train-epoch-" + e}. With the image id the noise is
 * then a function of (seed, image id, epoch) alone. Stateless and thread-safe.
 */
public final class EpochSeeds {
  /** The epoch whose seed is the configured one: validation noise, the pairs job's noise. */
  public static final int VALIDATION = 0;

  private static final String PURPOSE = "train-epoch-";

  private EpochSeeds() {}

  /**
   * The noise seed of {@code epoch}.
   *
   * @throws IllegalArgumentException for a negative epoch
   */
  public static long of(long seed, int epoch) {
    if (epoch < 0) {
      throw new IllegalArgumentException("epoch must be at least 0, got " + epoch);
    }
    return epoch == VALIDATION ? seed : NoiseStreams.derivedSeed(seed, PURPOSE + epoch);
  }
}
