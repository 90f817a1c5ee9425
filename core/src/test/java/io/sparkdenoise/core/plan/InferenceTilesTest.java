/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InferenceTilesTest {
  @ParameterizedTest(name = "tile {0}, margin {1}, blend {2}, alignment {3}")
  @CsvSource({"32, 8, 0, 4", "32, 8, 8, 4", "64, 20, 8, 4", "16, 3, 5, 1", "512, 20, 8, 4"})
  void weightsAddUpToOneEverywhereAndSpansStayInsideTheirTiles(
      int tile, int margin, int blend, int alignment) {
    InferenceTiles tiles = new InferenceTiles(tile, margin, blend, alignment);
    for (int length = 1; length <= 3 * tile + 7; length++) {
      List<InferenceTiles.Span> spans = tiles.spans(length);
      assertThat(spans.get(0).start()).isZero();
      assertThat(spans.get(spans.size() - 1).end()).isEqualTo(length);
      for (InferenceTiles.Span span : spans) {
        assertThat(span.start() % alignment).isZero();
        assertThat(span.length()).isLessThanOrEqualTo(tile);
      }
      for (int p = 0; p < length; p++) {
        double sum = 0;
        int nonZero = 0;
        for (InferenceTiles.Span span : spans) {
          float w = span.weight(p);
          sum += w;
          nonZero += w > 0 ? 1 : 0;
          if (w > 0) {
            // trusted output is margin pixels away from any cut inside the page
            assertThat(p - span.start() >= margin || span.start() == 0).isTrue();
            assertThat(span.end() - p > margin || span.end() == length).isTrue();
          }
        }
        assertThat(sum).as("length %d position %d", length, p).isCloseTo(1.0, within(1e-6));
        assertThat(nonZero).isBetween(1, 2);
      }
    }
  }

  @Test
  void theStepIsTheTileLessMarginsAndBlendRoundedDownToTheAlignment() {
    assertThat(new InferenceTiles(512, 20, 8, 4).step()).isEqualTo(464);
    assertThat(new InferenceTiles(32, 5, 3, 4).step()).isEqualTo(16);
    List<InferenceTiles.Span> spans = new InferenceTiles(32, 8, 0, 4).spans(70);
    assertThat(spans).extracting(InferenceTiles.Span::start).containsExactly(0, 16, 32, 48);
    assertThat(spans.get(1).trustedStart()).isEqualTo(24);
    assertThat(spans.get(1).trustedEnd()).isEqualTo(40);
  }

  @Test
  void aLengthThatFitsInOneTileIsOneSpanTrustedEverywhere() {
    List<InferenceTiles.Span> spans = new InferenceTiles(64, 16, 8, 4).spans(50);
    assertThat(spans).containsExactly(new InferenceTiles.Span(0, 50, 0, 50, 0, 0));
  }

  @Test
  void refusesPlansWithoutAStepOrWithTripleOverlaps() {
    assertThatThrownBy(() -> new InferenceTiles(32, 14, 4, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "tile size 32 leaves no step after 2 x margin 14 and blend 4: it must be at least 36");
    assertThatThrownBy(() -> new InferenceTiles(64, 8, 30, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "blend 30 (widened to 32 by the alignment) must not exceed the step 16: at most two"
                + " tiles may overlap");
    assertThatThrownBy(() -> new InferenceTiles(0, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "tile size and alignment must be >= 1, margin and blend >= 0; got tile 0, margin 0,"
                + " blend 0, alignment 1");
  }
}
