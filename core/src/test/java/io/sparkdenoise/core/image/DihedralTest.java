/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DihedralTest {
  /**
   * 2 x 3, row-major: <br>
   * 0 1 2 <br>
   * 3 4 5
   */
  private static final Image WIDE = Image.of("w", 2, 3, Image.GRAY, new float[] {0, 1, 2, 3, 4, 5});

  private static float[] samples(Dihedral d) {
    return d.apply(WIDE).samples();
  }

  @Test
  void knownAnswersOnATwoByThreeImage() {
    assertThat(samples(Dihedral.FLIP_HORIZONTAL)).containsExactly(2, 1, 0, 5, 4, 3);
    assertThat(samples(Dihedral.FLIP_VERTICAL)).containsExactly(3, 4, 5, 0, 1, 2);
    assertThat(samples(Dihedral.ROTATE_180)).containsExactly(5, 4, 3, 2, 1, 0);
    // clockwise: the left column, read bottom up, becomes the top row
    assertThat(samples(Dihedral.ROTATE_90)).containsExactly(3, 0, 4, 1, 5, 2);
    assertThat(samples(Dihedral.ROTATE_270)).containsExactly(2, 5, 1, 4, 0, 3);
    assertThat(samples(Dihedral.TRANSPOSE)).containsExactly(0, 3, 1, 4, 2, 5);
    assertThat(samples(Dihedral.ANTI_TRANSPOSE)).containsExactly(5, 2, 4, 1, 3, 0);
    assertThat(Dihedral.IDENTITY.apply(WIDE)).isSameAs(WIDE);
  }

  @Test
  void axisSwappingTransformsTurnTheShapeAndKeepTheIdAndChannels() {
    for (Dihedral d : Dihedral.values()) {
      Image out = d.apply(WIDE);
      assertThat(out.height()).as(d.name()).isEqualTo(d.swapsAxes() ? 3 : 2);
      assertThat(out.width()).as(d.name()).isEqualTo(d.swapsAxes() ? 2 : 3);
      assertThat(out.id()).isEqualTo("w");
    }
    assertThat(Dihedral.FLIPS).noneMatch(Dihedral::swapsAxes);
  }

  @Test
  void theEightAreDistinctAndFourQuarterTurnsAreTheIdentity() {
    Image square = Image.of("s", 3, 3, Image.GRAY, new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8});
    Set<Image> images = new HashSet<>();
    for (Dihedral d : Dihedral.ALL) {
      images.add(d.apply(square).withId("s"));
    }
    Image turned = square;
    for (int i = 0; i < 4; i++) {
      turned = Dihedral.ROTATE_90.apply(turned);
    }

    assertThat(images).hasSize(8);
    assertThat(turned).isEqualTo(square);
    assertThat(Dihedral.ROTATE_90.apply(Dihedral.ROTATE_90.apply(square)))
        .isEqualTo(Dihedral.ROTATE_180.apply(square));
    assertThat(Dihedral.FLIP_HORIZONTAL.apply(Dihedral.FLIP_VERTICAL.apply(WIDE)))
        .isEqualTo(Dihedral.ROTATE_180.apply(WIDE));
  }

  @Test
  void channelsMoveTogether() {
    Image rgb = Image.of("c", 1, 2, Image.RGB, new float[] {0.1f, 0.2f, 0.3f, 0.7f, 0.8f, 0.9f});

    assertThat(Dihedral.FLIP_HORIZONTAL.apply(rgb).samples())
        .containsExactly(0.7f, 0.8f, 0.9f, 0.1f, 0.2f, 0.3f);
  }
}
