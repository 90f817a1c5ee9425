/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of noise model kinds the spec parser knows, by canonical name. */
final class NoiseModels {
  /** One line per model kind: adding a model means adding its {@code TYPE} here. */
  private static final List<NoiseModelType> TYPES =
      List.of(
          GaussianNoise.TYPE,
          SaltPepperNoise.TYPE,
          SpeckleNoise.TYPE,
          PoissonNoise.TYPE,
          ScannerNoise.TYPE,
          ScanNoise.TYPE);

  private static final Map<String, NoiseModelType> BY_NAME =
      TYPES.stream()
          .collect(
              Collectors.toMap(
                  NoiseModelType::name, Function.identity(), (a, b) -> a, TreeMap::new));

  private NoiseModels() {}

  /** Every registered kind. */
  static List<NoiseModelType> all() {
    return TYPES;
  }

  /**
   * The kind called {@code name}.
   *
   * @throws IllegalArgumentException naming the unknown model and listing the known ones
   */
  static NoiseModelType byName(String name) {
    NoiseModelType type = BY_NAME.get(name);
    if (type == null) {
      throw new IllegalArgumentException(
          "unknown noise model '"
              + name
              + "' (known: "
              + String.join(", ", BY_NAME.keySet())
              + ")");
    }
    return type;
  }
}
