/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What noise to add, as users type it ({@code --noise <spec>}): one model or a weighted mixture of
 * models, each parameter fixed or a range drawn uniformly per image. No spaces are needed, so a
 * spec is one shell word.
 *
 * <pre>
 * spec      = component *( "|" component )
 * component = [ weight "*" ] model [ ":" parameter *( "," parameter ) ]
 * parameter = key "=" ( number / number ".." number )
 * number    = decimal, e.g. 25, 0.05, 1e-3 (no NaN, Infinity or hex)
 * </pre>
 *
 * <p>Examples: {@code gaussian:sigma=25} · {@code gaussian:sigma=5..50} · {@code
 * salt-pepper:amount=0.05,salt=0.5} · {@code speckle:sigma=0.1} · {@code poisson:peak=10..100} ·
 * {@code 0.7*gaussian:sigma=5..50|0.3*salt-pepper:amount=0.02..0.1}. Models and their parameters:
 * {@link GaussianNoise}, {@link SaltPepperNoise}, {@link SpeckleNoise}, {@link PoissonNoise}.
 *
 * <p>Weights are relative (default 1) and need not sum to 1: each image picks a component with
 * probability weight / total. {@link #parse} fills in defaults and rejects an unknown model or key,
 * a missing key, a range with low > high, a value the model does not accept and a weight that is
 * not > 0, with a message quoting the bad component. {@link #toString} is canonical: weights of 1
 * left out, every parameter (defaults included) in key order, numbers without trailing zeros,
 * {@code 5..5} as {@code 5}; it parses back to an equal spec. Weights are kept as written, so
 * {@code 2*a|2*b} and {@code a|b} are distinct specs with the same behaviour.
 *
 * <p>Immutable, thread-safe and serializable, so it can be sent to Spark executors.
 */
public final class NoiseSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<NoiseComponent> components;

  NoiseSpec(List<NoiseComponent> components) {
    if (components.isEmpty()) {
      throw new IllegalArgumentException("a noise spec needs at least one component");
    }
    this.components = List.copyOf(components);
  }

  /**
   * Parses a spec in the grammar above.
   *
   * @throws IllegalArgumentException quoting the offending component and saying what is wrong
   */
  public static NoiseSpec parse(String text) {
    return NoiseSpecParser.parse(text);
  }

  /** The components, in the order written. */
  public List<NoiseComponent> components() {
    return components;
  }

  /** The component whose cumulative weight share first exceeds {@code u}, for u in [0, 1). */
  NoiseComponent choose(double u) {
    double total = 0;
    for (NoiseComponent c : components) {
      total += c.weight();
    }
    double target = u * total;
    double cumulative = 0;
    for (NoiseComponent c : components) {
      cumulative += c.weight();
      if (target < cumulative) {
        return c;
      }
    }
    return components.get(components.size() - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoiseSpec other && components.equals(other.components);
  }

  @Override
  public int hashCode() {
    return components.hashCode();
  }

  /** The canonical spec text, described in the class comment. */
  @Override
  public String toString() {
    return components.stream()
        .map(NoiseComponent::toString)
        .collect(Collectors.joining(NoiseSpecParser.COMPONENT));
  }
}
