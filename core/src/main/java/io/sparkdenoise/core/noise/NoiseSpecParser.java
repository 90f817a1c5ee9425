/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads the spec grammar documented on {@link NoiseSpec}. */
final class NoiseSpecParser {
  static final String COMPONENT = "|";
  static final String WEIGHT = "*";
  static final String MODEL = ":";
  static final String PARAMETER = ",";
  static final String VALUE = "=";

  private NoiseSpecParser() {}

  static NoiseSpec parse(String text) {
    Objects.requireNonNull(text, "spec");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("noise spec must not be empty");
    }
    List<NoiseComponent> components = new ArrayList<>();
    for (String part : text.split(Pattern.quote(COMPONENT), -1)) {
      components.add(parseComponent(part));
    }
    return new NoiseSpec(components);
  }

  private static NoiseComponent parseComponent(String text) {
    try {
      if (text.isEmpty()) {
        throw new IllegalArgumentException("empty component");
      }
      int star = text.indexOf(WEIGHT);
      double weight = star < 0 ? 1 : SpecNumbers.parse(text.substring(0, star));
      String body = text.substring(star + 1);
      int colon = body.indexOf(MODEL);
      String model = colon < 0 ? body : body.substring(0, colon);
      SortedMap<String, ParameterRange> parameters =
          colon < 0 ? new TreeMap<>() : parseParameters(body.substring(colon + 1));
      return new NoiseComponent(weight, model, parameters);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "bad noise spec component '" + text + "': " + e.getMessage(), e);
    }
  }

  private static SortedMap<String, ParameterRange> parseParameters(String text) {
    SortedMap<String, ParameterRange> parameters = new TreeMap<>();
    for (String pair : text.split(Pattern.quote(PARAMETER), -1)) {
      int equals = pair.indexOf(VALUE);
      if (equals <= 0) {
        throw new IllegalArgumentException("expected key=value, got '" + pair + "'");
      }
      String key = pair.substring(0, equals);
      if (parameters.put(key, parseRange(pair.substring(equals + 1))) != null) {
        throw new IllegalArgumentException("parameter '" + key + "' given twice");
      }
    }
    return parameters;
  }

  private static ParameterRange parseRange(String text) {
    int dots = text.indexOf(ParameterRange.SEPARATOR);
    if (dots < 0) {
      return ParameterRange.fixed(SpecNumbers.parse(text));
    }
    double low = SpecNumbers.parse(text.substring(0, dots));
    double high = SpecNumbers.parse(text.substring(dots + ParameterRange.SEPARATOR.length()));
    return new ParameterRange(low, high);
  }
}
