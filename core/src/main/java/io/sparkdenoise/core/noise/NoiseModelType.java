/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the spec parser knows about one kind of noise model: its name, its parameters (with defaults
 * for the optional ones) and how to build a model from concrete values.
 *
 * <p>The factory validates the values (the model's constructor does) and throws {@link
 * IllegalArgumentException} with a message giving the bad value. Every parameter's valid values
 * must form an interval, so that a range is valid when both its ends are.
 */
record NoiseModelType(
    String name, List<Parameter> parameters, Function<Map<String, Double>, NoiseModel> factory) {

  /**
   * A parameter key, with the value used when a spec leaves it out (empty: required), and its
   * generation: 1 for the parameters a model was first published with, higher for one added later.
   * Values are drawn by generation, then key ({@link NoiseComponent}), so that adding an optional
   * parameter leaves the pairs of every existing spec as they were.
   */
  record Parameter(String key, OptionalDouble defaultValue, int generation) {
    static Parameter required(String key) {
      return new Parameter(key, OptionalDouble.empty(), 1);
    }

    static Parameter optional(String key, double defaultValue) {
      return new Parameter(key, OptionalDouble.of(defaultValue), 1);
    }

    /** An optional parameter added to its model in {@code generation} (2 or more). */
    static Parameter added(String key, double defaultValue, int generation) {
      return new Parameter(key, OptionalDouble.of(defaultValue), generation);
    }
  }

  NoiseModelType {
    parameters = List.copyOf(parameters);
  }

  /** The model with these concrete values; every key must be one of {@link #parameters}. */
  NoiseModel create(Map<String, Double> values) {
    return factory.apply(values);
  }

  /** The parameter keys in the order their values are drawn: by generation, then key. */
  List<String> drawOrder() {
    return parameters.stream()
        .sorted(Comparator.comparingInt(Parameter::generation).thenComparing(Parameter::key))
        .map(Parameter::key)
        .toList();
  }

  /** The parameter keys, sorted. */
  SortedMap<String, Parameter> parametersByKey() {
    SortedMap<String, Parameter> byKey = new TreeMap<>();
    for (Parameter p : parameters) {
      byKey.put(p.key(), p);
    }
    return Collections.unmodifiableSortedMap(byKey);
  }
}
