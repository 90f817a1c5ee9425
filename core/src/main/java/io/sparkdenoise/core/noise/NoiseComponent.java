/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One component of a {@link NoiseSpec}: a relative weight, a registered model name and a range for
 * every one of that model's parameters, e.g. {@code 0.7*gaussian:sigma=5..50}.
 *
 * <p>The constructor fills in defaults for omitted optional parameters and rejects an unknown
 * model, an unknown or missing parameter, a weight that is not finite and positive, and a range
 * whose ends the model does not accept, each with a message naming the bad part.
 *
 * @param weight relative probability of this component in its mixture, finite and > 0
 * @param model canonical model name, e.g. {@code gaussian}
 * @param parameters the range of every parameter of the model, by key
 */
public record NoiseComponent(
    double weight, String model, SortedMap<String, ParameterRange> parameters)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks the component as described in the class comment. */
  public NoiseComponent {
    if (!(weight > 0 && Double.isFinite(weight))) {
      throw new IllegalArgumentException(
          "weight must be finite and > 0, got " + SpecNumbers.format(weight));
    }
    NoiseModelType type = NoiseModels.byName(model);
    parameters = withDefaults(type, parameters);
    type.create(ends(parameters, ParameterRange::low));
    type.create(ends(parameters, ParameterRange::high));
  }

  /**
   * The concrete model for one image: one uniform per parameter from {@code rng}, in the model's
   * draw order (key order within a generation of parameters, see {@link NoiseModelType.Parameter}).
   */
  NoiseModel draw(NoiseRandom rng) {
    NoiseModelType type = NoiseModels.byName(model);
    SortedMap<String, Double> values = new TreeMap<>();
    for (String key : type.drawOrder()) {
      values.put(key, parameters.get(key).draw(rng));
    }
    return type.create(values);
  }

  /** Canonical text: weight (omitted when 1), name, then every parameter in key order. */
  @Override
  public String toString() {
    String prefix = weight == 1 ? "" : SpecNumbers.format(weight) + NoiseSpecParser.WEIGHT;
    return prefix + format(model, parameters);
  }

  /** {@code name:key=value,...} with keys in the map's (sorted) order; just the name if none. */
  static String format(String model, Map<String, ?> parameters) {
    StringBuilder text = new StringBuilder(model);
    String separator = NoiseSpecParser.MODEL;
    for (Map.Entry<String, ?> entry : parameters.entrySet()) {
      Object value = entry.getValue();
      text.append(separator)
          .append(entry.getKey())
          .append(NoiseSpecParser.VALUE)
          .append(value instanceof Double d ? SpecNumbers.format(d) : value);
      separator = NoiseSpecParser.PARAMETER;
    }
    return text.toString();
  }

  private static SortedMap<String, ParameterRange> withDefaults(
      NoiseModelType type, Map<String, ParameterRange> given) {
    SortedMap<String, NoiseModelType.Parameter> known = type.parametersByKey();
    for (String key : given.keySet()) {
      if (!known.containsKey(key)) {
        throw new IllegalArgumentException(
            "unknown parameter '"
                + key
                + "' for "
                + type.name()
                + " (known: "
                + String.join(", ", known.keySet())
                + ")");
      }
    }
    SortedMap<String, ParameterRange> complete = new TreeMap<>(given);
    for (NoiseModelType.Parameter p : known.values()) {
      if (!complete.containsKey(p.key())) {
        if (p.defaultValue().isEmpty()) {
          throw new IllegalArgumentException(
              "missing parameter '" + p.key() + "' for " + type.name());
        }
        complete.put(p.key(), ParameterRange.fixed(p.defaultValue().getAsDouble()));
      }
    }
    return Collections.unmodifiableSortedMap(complete);
  }

  private static Map<String, Double> ends(
      Map<String, ParameterRange> ranges, Function<ParameterRange, Double> end) {
    Map<String, Double> values = new TreeMap<>();
    ranges.forEach((key, range) -> values.put(key, end.apply(range)));
    return values;
  }
}
