/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import java.io.Serializable;

/**
 * The gray levels of a rendered page's paper and ink, each drawn per page uniformly from its range
 * (samples in [0, 1], 1 white). {@link #SCANNED} is how a good scanner sees office paper; {@link
 * #WHITE} is the clean target archive teams want from a damaged page: pure white paper, so that a
 * model trained on it whitens whatever the paper went through. Serializable, so Spark tasks can
 * carry it.
 *
 * @param paperLow lightest paper is {@code paperHigh}, darkest {@code paperLow}
 * @param paperHigh at most 1
 * @param inkLow darkest ink, at least 0
 * @param inkHigh lightest ink, below {@code paperLow}
 */
public record PageTones(double paperLow, double paperHigh, double inkLow, double inkHigh)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Paper 0.94 to 1, ink 0 to 0.2: the tones pages had before this choice existed. */
  public static final PageTones SCANNED = new PageTones(0.94, 1, 0, 0.2);

  /** Pure white paper, ink 0 to 0.2. */
  public static final PageTones WHITE = new PageTones(1, 1, 0, 0.2);

  /** Checks {@code 0 <= inkLow <= inkHigh < paperLow <= paperHigh <= 1}. */
  public PageTones {
    if (!(0 <= inkLow
        && inkLow <= inkHigh
        && inkHigh < paperLow
        && paperLow <= paperHigh
        && paperHigh <= 1)) {
      throw new IllegalArgumentException(
          "page tones must satisfy 0 <= ink low <= ink high < paper low <= paper high <= 1, got"
              + " paper "
              + paperLow
              + ".."
              + paperHigh
              + ", ink "
              + inkLow
              + ".."
              + inkHigh);
    }
  }

  /** The paper tone at uniform {@code u} in [0, 1). */
  double paper(double u) {
    return paperLow + (paperHigh - paperLow) * u;
  }

  /** The ink tone at uniform {@code u} in [0, 1). */
  double ink(double u) {
    return inkLow + (inkHigh - inkLow) * u;
  }
}
