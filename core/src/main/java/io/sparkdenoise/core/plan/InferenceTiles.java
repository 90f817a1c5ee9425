/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans tiled inference along one axis of a page: overlapping spans that a network sees one at a
 * time, and the weight each span's output gets at every position, so that a page of any size is
 * denoised with memory bounded by the tile size and without seams.
 *
 * <p>Span {@code k} reads {@code [k * step, min(length, k * step + tileSize))}. Its output is
 * trusted only {@code margin} pixels away from a cut (a span edge inside the page; the page's own
 * edges are not cuts): with a margin at least the network's receptive-field radius, the trusted
 * output equals the output of the whole page. Neighbouring trusted ranges overlap by {@code blend}
 * pixels, where the left span's weight falls as {@code cos^2} and the right one's rises as {@code
 * sin^2}: the weights of all spans add up to exactly 1 at every position (a partition of unity, to
 * float rounding), so where the outputs agree blending changes nothing, and where they differ (a
 * receptive field wider than the margin) the difference is spread smoothly over the overlap instead
 * of a step. With {@code blend} 0 the trusted ranges just abut (cropped margins).
 *
 * <p>{@code step = tileSize - 2 * margin - blend}, rounded down to a multiple of {@code alignment}
 * (the network's pooling factor, so that every span sits on the same pooling grid as the whole
 * page; the rounding widens the overlap). Immutable, thread-safe and serializable.
 *
 * @param tileSize pixels a span reads, at least 1
 * @param margin pixels of a span's output discarded next to a cut, at least 0
 * @param blend pixels over which neighbouring spans are cross-faded, at least 0
 * @param alignment span origins are multiples of this, at least 1
 */
public record InferenceTiles(int tileSize, int margin, int blend, int alignment)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks that the step is at least one alignment unit. */
  public InferenceTiles {
    if (tileSize < 1 || margin < 0 || blend < 0 || alignment < 1) {
      throw new IllegalArgumentException(
          "tile size and alignment must be >= 1, margin and blend >= 0; got tile "
              + tileSize
              + ", margin "
              + margin
              + ", blend "
              + blend
              + ", alignment "
              + alignment);
    }
    if (tileSize - 2L * margin - blend < alignment) {
      throw new IllegalArgumentException(
          "tile size "
              + tileSize
              + " leaves no step after 2 x margin "
              + margin
              + " and blend "
              + blend
              + ": it must be at least "
              + (2L * margin + blend + alignment));
    }
    int step = (tileSize - 2 * margin - blend) / alignment * alignment;
    if (tileSize - 2 * margin - step > step) {
      throw new IllegalArgumentException(
          "blend "
              + blend
              + " (widened to "
              + (tileSize - 2 * margin - step)
              + " by the alignment) must not exceed the step "
              + step
              + ": at most two tiles may overlap");
    }
  }

  /** Pixels between the origins of neighbouring spans, a multiple of the alignment. */
  public int step() {
    return (tileSize - 2 * margin - blend) / alignment * alignment;
  }

  /** The spans covering {@code [0, length)} in order; one span when the length fits in a tile. */
  public List<Span> spans(int length) {
    if (length < 1) {
      throw new IllegalArgumentException("length must be at least 1, got " + length);
    }
    int step = step();
    int overlap = tileSize - 2 * margin - step;
    List<Span> spans = new ArrayList<>();
    for (int start = 0; ; start += step) {
      int end = Math.min(length, start + tileSize);
      boolean first = start == 0;
      boolean last = end == length;
      spans.add(
          new Span(
              start,
              end,
              first ? 0 : start + margin,
              last ? length : end - margin,
              first ? 0 : overlap,
              last ? 0 : overlap));
      if (last) {
        return spans;
      }
    }
  }

  /**
   * One span: what it reads, and where its output counts.
   *
   * @param start first position read
   * @param end one past the last position read
   * @param trustedStart first position of trusted output
   * @param trustedEnd one past the last position of trusted output
   * @param fadeIn positions at the start of the trusted range where the weight rises from 0 to 1
   * @param fadeOut positions at the end of the trusted range where the weight falls from 1 to 0
   */
  public record Span(int start, int end, int trustedStart, int trustedEnd, int fadeIn, int fadeOut)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Positions read. */
    public int length() {
      return end - start;
    }

    /** The weight of this span's output at page position {@code p}, in [0, 1]. */
    public float weight(int p) {
      if (p < trustedStart || p >= trustedEnd) {
        return 0f;
      }
      if (p < trustedStart + fadeIn) {
        return rise(p - trustedStart, fadeIn);
      }
      if (p >= trustedEnd - fadeOut) {
        return 1f - rise(p - (trustedEnd - fadeOut), fadeOut);
      }
      return 1f;
    }

    /** sin^2 of the pixel centre's fraction of the fade; rise(i) + (1 - rise(i)) = 1 exactly. */
    private static float rise(int i, int width) {
      double s = Math.sin(Math.PI / 2 * (i + 0.5) / width);
      return (float) (s * s);
    }
  }
}
