/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

/**
 * Boundary extension for filters that read past the edge of an image.
 *
 * <p>Stateless and thread-safe.
 */
public final class Boundary {
  private Boundary() {}

  /**
   * Maps any index onto [0, length) by half-sample symmetric reflection ({@code d c b a | a b c d |
   * d c b a}), repeated as often as needed. This is scipy.ndimage's mode {@code 'reflect'} and
   * PyWavelets' mode {@code 'symmetric'}; it is periodic with period {@code 2 * length}.
   *
   * @param index any index, possibly negative or past the end
   * @param length the extent of the axis, at least 1
   * @return the index inside [0, length) whose sample the extension repeats
   */
  public static int reflect(int index, int length) {
    if (length <= 0) {
      throw new IllegalArgumentException("length must be positive, got " + length);
    }
    int period = 2 * length;
    int folded = Math.floorMod(index, period);
    return folded < length ? folded : period - 1 - folded;
  }

  /**
   * Maps any index onto [0, length) by whole-sample symmetric reflection, the edge sample not
   * repeated ({@code d c b | a b c d | c b a}), repeated as often as needed: numpy's {@code np.pad}
   * mode {@code 'reflect'} and scipy.ndimage's mode {@code 'mirror'}; periodic with period {@code 2
   * * (length - 1)}. How a page is extended past its edges so that it looks like more of the page.
   *
   * @param index any index, possibly negative or past the end
   * @param length the extent of the axis, at least 1
   * @return the index inside [0, length) whose sample the extension repeats
   */
  public static int mirror(int index, int length) {
    if (length <= 0) {
      throw new IllegalArgumentException("length must be positive, got " + length);
    }
    if (length == 1) {
      return 0;
    }
    int period = 2 * (length - 1);
    int folded = Math.floorMod(index, period);
    return folded < length ? folded : period - folded;
  }
}
