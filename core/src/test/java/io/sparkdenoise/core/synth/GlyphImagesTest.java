/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.codec.LabeledImage;
import io.sparkdenoise.core.image.Image;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GlyphImagesTest {
  private final GlyphImages glyphs = new GlyphImages(7, 28);

  @Test
  void anImageDependsOnlyOnSeedIndexAndSize() {
    LabeledImage a = glyphs.render(12);

    assertThat(new GlyphImages(7, 28).render(12)).isEqualTo(a);
    assertThat(glyphs.render(13).image().samples()).isNotEqualTo(a.image().samples());
    assertThat(new GlyphImages(8, 28).render(12).image().samples())
        .isNotEqualTo(a.image().samples());
    assertThat(a.image().id()).isEqualTo("glyph-12");
  }

  @Test
  void glyphsAreLightStrokesOnABlackBackground() {
    for (int i = 0; i < 50; i++) {
      Image image = glyphs.render(i).image();
      float[] s = image.samples();
      int ink = 0;
      for (float v : s) {
        assertThat(v).isBetween(0f, 1f);
        if (v > 0.5f) {
          ink++;
        }
      }
      // A glyph covers some of the image, never most of it, like an MNIST digit (~19 % ink).
      assertThat(ink).as("ink of glyph %d", i).isBetween(s.length / 50, s.length / 2);
    }
  }

  @Test
  void labelsCoverTheAlphabet() {
    Set<Integer> labels = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      labels.add(glyphs.render(i).label());
    }
    assertThat(labels).hasSize(GlyphImages.ALPHABET.length());
  }

  @Test
  void refusesImagesTooSmallToDraw() {
    assertThatThrownBy(() -> new GlyphImages(1, 8))
        .hasMessage("glyph image size must be at least 16, got 8");
  }
}
