/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;

/**
 * A noisy image and the concrete noise that made it, for one row of the pairs table ({@code
 * noise.name()}, {@code noise.parameters()}, or {@code noise.toSpec()} as one string).
 *
 * @param image the noisy image: the clean image's shape and id, samples in [0, 1]
 * @param noise the model, with the parameter values drawn for this image, that was applied
 */
public record NoisyImage(Image image, NoiseModel noise) {}
