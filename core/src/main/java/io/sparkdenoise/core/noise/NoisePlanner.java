/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;

/**
 * Turns a spec into the noise of one image, as pure functions of (spec, seed, image id, clean
 * pixels): no state, no dependence on thread, partition, order or cluster size.
 *
 * <p>The plan comes from the stream keyed (seed, id, {@link NoiseStreams#PARAMS}): its first
 * uniform picks the mixture component, then one uniform per parameter, in key order (parameters
 * added to a model later are drawn after the first ones), draws the values. The pixels come from
 * the stream keyed (seed, id, {@link NoiseStreams#PIXELS}). Keeping the two apart means that
 * narrowing a range changes the parameters but not the underlying random numbers of the pixels.
 * Thread-safe.
 */
public final class NoisePlanner {
  private NoisePlanner() {}

  /** The concrete model (component picked, parameters drawn) for the image {@code imageId}. */
  public static NoiseModel plan(NoiseSpec spec, long seed, String imageId) {
    NoiseRandom rng = NoiseStreams.forImage(seed, imageId, NoiseStreams.PARAMS);
    return spec.choose(rng.nextDouble()).draw(rng);
  }

  /** The noisy version of {@code clean} under {@code spec}, with the noise that was applied. */
  public static NoisyImage generate(NoiseSpec spec, long seed, Image clean) {
    NoiseModel noise = plan(spec, seed, clean.id());
    NoiseRandom pixels = NoiseStreams.forImage(seed, clean.id(), NoiseStreams.PIXELS);
    return new NoisyImage(noise.apply(clean, pixels), noise);
  }
}
