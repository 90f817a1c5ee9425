/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an image into square tiles of {@code size} pixels every {@code stride} pixels, covering
 * every pixel: the last row and column of tiles are moved back to end at the image's edge rather
 * than running over it, so every tile is full-size. An image smaller than a tile in either
 * direction gets no tiles (training patches must have one size). Immutable and serializable.
 *
 * @param size tile side in pixels, at least 1
 * @param stride step between tile origins in pixels, in [1, size] (no gaps)
 */
public record TilePlanner(int size, int stride) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks size and stride. */
  public TilePlanner {
    if (size < 1) {
      throw new IllegalArgumentException("tile size must be at least 1, got " + size);
    }
    if (stride < 1 || stride > size) {
      throw new IllegalArgumentException(
          "tile stride must be in [1, " + size + "] (the tile size), got " + stride);
    }
  }

  /** The tiles of an image of this height and width, row by row. */
  public List<Tile> plan(int height, int width) {
    List<Tile> tiles = new ArrayList<>();
    for (int y : origins(height)) {
      for (int x : origins(width)) {
        tiles.add(new Tile(y, x, size, size));
      }
    }
    return tiles;
  }

  private List<Integer> origins(int length) {
    List<Integer> origins = new ArrayList<>();
    if (length < size) {
      return origins;
    }
    int last = length - size;
    for (int o = 0; o < last; o += stride) {
      origins.add(o);
    }
    origins.add(last);
    return origins;
  }
}
