/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Reproducible synthetic noise: keyed random streams, the noise models, the {@code --noise} spec
 * grammar and the planner that turns (spec, seed, clean image) into a noisy image.
 *
 * <p>The noise of an image depends only on the seed, the image id and the spec, never on the
 * thread, partition, order or cluster size, so every cluster makes the same clean/noisy pairs.
 * Start at {@link io.sparkdenoise.core.noise.NoiseSpec} and {@link
 * io.sparkdenoise.core.noise.NoisePlanner}.
 */
package io.sparkdenoise.core.noise;
