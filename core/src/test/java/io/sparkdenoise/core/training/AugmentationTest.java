/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.image.Dihedral;
import io.sparkdenoise.core.image.Image;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AugmentationTest {
  private static final int DRAWS = 400;

  @Test
  void offLeavesEveryImageAsItIs() {
    Image image = Image.of("a", 2, 3, Image.GRAY, new float[] {0, 1, 2, 3, 4, 5});

    assertThat(Augmentation.off().apply(image, "a", 1)).isSameAs(image);
    assertThat(Augmentation.off().transform("a", 1, 4, 4)).isEqualTo(Dihedral.IDENTITY);
  }

  @Test
  void squareImagesDrawAllEightTransformsOthersOnlyTheFlips() {
    Augmentation on = new Augmentation(true, 5);
    Set<Dihedral> square = EnumSet.noneOf(Dihedral.class);
    Set<Dihedral> wide = EnumSet.noneOf(Dihedral.class);

    for (int i = 0; i < DRAWS; i++) {
      square.add(on.transform("img-" + i, 1, 16, 16));
      wide.add(on.transform("img-" + i, 1, 16, 32));
    }

    assertThat(square).containsExactlyInAnyOrderElementsOf(Dihedral.ALL);
    assertThat(wide).containsExactlyInAnyOrderElementsOf(Dihedral.FLIPS);
  }

  @Test
  void theDrawIsAFunctionOfSeedIdAndEpoch() {
    Augmentation on = new Augmentation(true, 5);
    int sameInAnotherRun = 0;
    int sameNextEpoch = 0;
    int sameOtherSeed = 0;

    for (int i = 0; i < DRAWS; i++) {
      Dihedral d = on.transform("img-" + i, 1, 8, 8);
      sameInAnotherRun += d == new Augmentation(true, 5).transform("img-" + i, 1, 8, 8) ? 1 : 0;
      sameNextEpoch += d == on.transform("img-" + i, 2, 8, 8) ? 1 : 0;
      sameOtherSeed += d == new Augmentation(true, 6).transform("img-" + i, 1, 8, 8) ? 1 : 0;
    }

    assertThat(sameInAnotherRun).isEqualTo(DRAWS);
    // independent draws agree with probability 1/8: 50 expected, far from all 400
    assertThat(sameNextEpoch).isBetween(20, 90);
    assertThat(sameOtherSeed).isBetween(20, 90);
  }
}
