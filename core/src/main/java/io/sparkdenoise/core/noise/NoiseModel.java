/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;
import java.util.SortedMap;

/**
 * A noise model with concrete parameter values: clean image plus random stream in, noisy image out.
 *
 * <p>{@link #apply} returns an image of the input's shape and id with every sample clipped to [0,
 * 1]; it never modifies the input, and its output depends only on the input and the stream (so a
 * stream keyed by image id, see {@link NoiseStreams}, makes it reproducible). Implementations are
 * immutable and thread-safe; the stream is not, and belongs to one call. A new model is one class
 * implementing this plus one registration line in {@link NoiseModels}.
 */
public interface NoiseModel {
  /** The canonical model name used in specs and the pairs table, e.g. {@code gaussian}. */
  String name();

  /** Every parameter with its concrete value, sorted by key, e.g. {@code {sigma=25.0}}. */
  SortedMap<String, Double> parameters();

  /** The noisy version of {@code clean}, drawing its randomness from {@code rng}. */
  Image apply(Image clean, NoiseRandom rng);

  /**
   * This model as a canonical one-component spec with fixed values, e.g. {@code gaussian:sigma=25}:
   * {@link NoiseSpec#parse} turns it back into a spec that always yields an equal model.
   */
  default String toSpec() {
    return NoiseComponent.format(name(), parameters());
  }
}
