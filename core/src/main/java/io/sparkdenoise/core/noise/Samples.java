/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Small helpers shared by the noise models. */
final class Samples {
  private Samples() {}

  /** {@code x} clipped to [0, 1], as a float sample. */
  static float clip(double x) {
    return (float) Math.min(1.0, Math.max(0.0, x));
  }

  /** An unmodifiable sorted map of one parameter. */
  static SortedMap<String, Double> parameters(String key, double value) {
    SortedMap<String, Double> map = new TreeMap<>();
    map.put(key, value);
    return Collections.unmodifiableSortedMap(map);
  }

  /** An unmodifiable sorted map of two parameters. */
  static SortedMap<String, Double> parameters(
      String key1, double value1, String key2, double value2) {
    SortedMap<String, Double> map = new TreeMap<>();
    map.put(key1, value1);
    map.put(key2, value2);
    return Collections.unmodifiableSortedMap(map);
  }
}
