/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TilePlannerTest {
  @Test
  void tilesStepByTheStrideAndTheLastOneEndsAtTheEdge() {
    List<Tile> tiles = new TilePlanner(4, 3).plan(4, 10);

    assertThat(tiles)
        .containsExactly(new Tile(0, 0, 4, 4), new Tile(0, 3, 4, 4), new Tile(0, 6, 4, 4));
  }

  @Test
  void aLengthThatFitsExactlyGetsNoExtraTile() {
    assertThat(new TilePlanner(4, 4).plan(8, 8))
        .containsExactly(
            new Tile(0, 0, 4, 4), new Tile(0, 4, 4, 4), new Tile(4, 0, 4, 4), new Tile(4, 4, 4, 4));
  }

  @Test
  void everyPixelIsCoveredAndEveryTileLiesInside() {
    int height = 37;
    int width = 53;
    boolean[][] covered = new boolean[height][width];
    for (Tile t : new TilePlanner(16, 12).plan(height, width)) {
      assertThat(t.y() + t.height()).isLessThanOrEqualTo(height);
      assertThat(t.x() + t.width()).isLessThanOrEqualTo(width);
      for (int y = t.y(); y < t.y() + t.height(); y++) {
        for (int x = t.x(); x < t.x() + t.width(); x++) {
          covered[y][x] = true;
        }
      }
    }
    for (boolean[] row : covered) {
      assertThat(row).doesNotContain(false);
    }
  }

  @Test
  void anImageSmallerThanATileHasNoTiles() {
    assertThat(new TilePlanner(32, 32).plan(28, 100)).isEmpty();
  }

  @Test
  void rejectsBadSizeAndStride() {
    assertThatThrownBy(() -> new TilePlanner(0, 1))
        .hasMessage("tile size must be at least 1, got 0");
    assertThatThrownBy(() -> new TilePlanner(8, 9))
        .hasMessage("tile stride must be in [1, 8] (the tile size), got 9");
  }
}
