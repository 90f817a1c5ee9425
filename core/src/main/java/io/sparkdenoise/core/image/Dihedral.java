/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.image;

import java.util.List;

/**
 * The eight symmetries of a square (the dihedral group D4): rotations by multiples of 90 degrees,
 * with and without a mirror. Those that swap the axes ({@link #swapsAxes()}) turn an h x w image
 * into a w x h one; the four others ({@link #FLIPS}) keep any shape. Each maps output pixel (y, x)
 * to a source pixel; all channels move together. Stateless and thread-safe.
 */
public enum Dihedral {
  /** Unchanged. */
  IDENTITY(false),
  /** Rotated 90 degrees clockwise. */
  ROTATE_90(true),
  /** Rotated 180 degrees (both flips). */
  ROTATE_180(false),
  /** Rotated 270 degrees clockwise (90 counter-clockwise). */
  ROTATE_270(true),
  /** Mirrored left to right. */
  FLIP_HORIZONTAL(false),
  /** Mirrored top to bottom. */
  FLIP_VERTICAL(false),
  /** Mirrored about the main diagonal (rows become columns). */
  TRANSPOSE(true),
  /** Mirrored about the anti-diagonal. */
  ANTI_TRANSPOSE(true);

  /** The transforms that keep any shape: identity, the two flips and both together. */
  public static final List<Dihedral> FLIPS =
      List.of(IDENTITY, FLIP_HORIZONTAL, FLIP_VERTICAL, ROTATE_180);

  /** All eight, for square images. */
  public static final List<Dihedral> ALL = List.of(values());

  private final boolean swapsAxes;

  Dihedral(boolean swapsAxes) {
    this.swapsAxes = swapsAxes;
  }

  /** Whether the output is w x h for an h x w input. */
  public boolean swapsAxes() {
    return swapsAxes;
  }

  /** The transformed image, same id and channels; {@code image} itself for {@link #IDENTITY}. */
  public Image apply(Image image) {
    if (this == IDENTITY) {
      return image;
    }
    int h = image.height();
    int w = image.width();
    int c = image.channels();
    int outH = swapsAxes ? w : h;
    int outW = swapsAxes ? h : w;
    float[] src = image.samples();
    float[] out = new float[src.length];
    for (int y = 0; y < outH; y++) {
      for (int x = 0; x < outW; x++) {
        int from = (sourceY(y, x, h) * w + sourceX(y, x, w)) * c;
        System.arraycopy(src, from, out, (y * outW + x) * c, c);
      }
    }
    return Image.of(image.id(), outH, outW, c, out);
  }

  private int sourceY(int y, int x, int h) {
    return switch (this) {
      case IDENTITY, FLIP_HORIZONTAL -> y;
      case ROTATE_180, FLIP_VERTICAL -> h - 1 - y;
      case ROTATE_90, ANTI_TRANSPOSE -> h - 1 - x;
      case ROTATE_270, TRANSPOSE -> x;
    };
  }

  private int sourceX(int y, int x, int w) {
    return switch (this) {
      case IDENTITY, FLIP_VERTICAL -> x;
      case ROTATE_180, FLIP_HORIZONTAL -> w - 1 - x;
      case ROTATE_90, TRANSPOSE -> y;
      case ROTATE_270, ANTI_TRANSPOSE -> w - 1 - y;
    };
  }
}
