/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.image.Image;
import org.junit.jupiter.api.Test;

class ScanNoiseTest {
  private static final int SIZE = 128;
  private static final ScannerNoise OFF = new ScannerNoise(0, 0, 0, 0, 0);

  private static Image flat(float value) {
    return TestPages.flat(SIZE, value);
  }

  /** Dark strokes on light paper, a quarter of the rows inked. */
  private static Image strokes() {
    return TestPages.strokes(SIZE, 4);
  }

  private static ScanNoise scan(
      ScannerNoise scanner, double stains, double radius, double depth, double bitonal) {
    return new ScanNoise(scanner, PageDamage.NONE, stains, radius, depth, bitonal, 0.5, 15);
  }

  private static Image apply(NoiseModel model, Image clean) {
    return model.apply(clean, new NoiseRandom(9));
  }

  @Test
  void withEveryStageOffThePageIsUnchanged() {
    Image page = strokes();

    assertThat(apply(scan(OFF, 0, 40, 0.3, 0), page).samples()).containsExactly(page.samples());
  }

  @Test
  void withoutStainsAndThresholdingItIsTheScannerModel() {
    ScannerNoise scanner = new ScannerNoise(0.8, 6, 0.002, 0.2, 75);
    Image page = strokes();

    assertThat(apply(scan(scanner, 0, 40, 0.3, 0), page).samples())
        .containsExactly(apply(scanner, page).samples());
  }

  @Test
  void stainsAreSmoothBlotchesNoDeeperThanTheDepth() {
    double depth = 0.4;
    double radius = 12;
    // 2,000 per million pixels: about 33 stains on the 128 x 128 page
    float[] s = apply(scan(OFF, 1000, radius, depth, 0), flat(1f)).samples();
    double min = 1;
    double largestStep = 0;
    int stained = 0;
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        float v = s[y * SIZE + x];
        min = Math.min(min, v);
        stained += v < 0.95f ? 1 : 0;
        if (x > 0) {
          largestStep = Math.max(largestStep, Math.abs(v - s[y * SIZE + x - 1]));
        }
      }
    }
    // Overlapping stains multiply: never below (1 - depth)^n, and each is far from a hard edge.
    assertThat(min).isLessThan(1 - 0.3 * depth * 0.5);
    assertThat(stained).isGreaterThan(SIZE * SIZE / 20);
    // One Gaussian's steepest slope is depth / (sigma sqrt(e)) per pixel, sigma >= 0.2 radius.
    double steepest = depth / (0.2 * radius * Math.sqrt(Math.E));
    assertThat(largestStep).isGreaterThan(0).isLessThan(3 * steepest);
  }

  @Test
  void stainsOnlyEverDarkenThePage() {
    Image page = strokes();
    float[] stained = apply(scan(OFF, 1000, 10, 0.5, 0), page).samples();

    for (int i = 0; i < stained.length; i++) {
      assertThat(stained[i]).isLessThanOrEqualTo(page.samples()[i]);
    }
  }

  @Test
  void globalThresholdingIsBlackBelowTheCutoffAndWhiteAbove() {
    float[] ramp = new float[SIZE * SIZE];
    for (int i = 0; i < ramp.length; i++) {
      ramp[i] = (i % SIZE) / (SIZE - 1f);
    }
    Image page = Image.of("ramp", SIZE, SIZE, Image.GRAY, ramp);
    ScanNoise model = new ScanNoise(OFF, PageDamage.NONE, 0, 40, 0.3, 1, 0.3, 15);

    float[] out = apply(model, page).samples();
    for (int i = 0; i < out.length; i++) {
      assertThat(out[i]).isEqualTo(ramp[i] < 0.3f ? 0f : 1f);
    }
  }

  @Test
  void adaptiveThresholdingKeepsTheTextUnderDeepShadingThatGlobalLoses() {
    ScannerNoise shaded = new ScannerNoise(0, 0, 0, 0.9, 0);
    Image page = strokes();
    double ink =
        blackShare(apply(new ScanNoise(OFF, PageDamage.NONE, 0, 40, 0.3, 1, 0.5, 15), page));

    double global =
        blackShare(apply(new ScanNoise(shaded, PageDamage.NONE, 0, 40, 0.3, 1, 0.5, 15), page));
    double adaptive =
        blackShare(apply(new ScanNoise(shaded, PageDamage.NONE, 0, 40, 0.3, 2, 0.5, 15), page));

    assertThat(ink).isEqualTo(3 / 16.0);
    assertThat(global).as("the shaded paper turns black").isGreaterThan(ink + 0.05);
    assertThat(adaptive).isBetween(ink * 0.9, ink * 1.1);
  }

  @Test
  void theCompositeIsReproducibleFromSeedIdAndSpec() {
    NoiseSpec spec = NoiseSpec.parse("scan:stains=50..500,stain-radius=5..20,bitonal=0..2");
    Image page = strokes();

    NoisyImage a = NoisePlanner.generate(spec, 11, page);
    NoisyImage b = NoisePlanner.generate(spec, 11, page);

    assertThat(a.image().samples()).containsExactly(b.image().samples());
    assertThat(a.noise()).isEqualTo(b.noise());
    assertThat(a.noise().parameters().get(ScanNoise.BITONAL) % 1).isZero();
    assertThat(NoiseSpec.parse(a.noise().toSpec()).components()).hasSize(1);
  }

  @Test
  void theDefaultsAreAScanWithAFewStainsAndNoThresholding() {
    NoisyImage noisy = NoisePlanner.generate(NoiseSpec.parse("scan"), 1, strokes());

    assertThat(noisy.noise())
        .isEqualTo(
            new ScanNoise(
                new ScannerNoise(0.8, 6, 0.0005, 0.2, 75),
                PageDamage.NONE,
                1,
                40,
                0.3,
                0,
                0.5,
                31));
  }

  @Test
  void badParametersAreRejectedWithTheBadValue() {
    assertThatThrownBy(() -> scan(OFF, 2000, 40, 0.3, 0))
        .hasMessage("stains must be in [0, 1000], got 2000");
    assertThatThrownBy(() -> scan(OFF, 1, 0.5, 0.3, 0))
        .hasMessage("stain-radius must be in [1, 1000], got 0.5");
    assertThatThrownBy(() -> scan(OFF, 1, 40, 1, 0))
        .hasMessage("stain-depth must be in [0, 1), got 1");
    assertThatThrownBy(() -> scan(OFF, 1, 40, 0.3, 3))
        .hasMessage("bitonal must be in [0, 2], got 3");
    assertThatThrownBy(() -> new ScanNoise(OFF, PageDamage.NONE, 1, 40, 0.3, 1, 0, 15))
        .hasMessage("cutoff must be in (0, 1), got 0");
    assertThatThrownBy(() -> new ScanNoise(OFF, PageDamage.NONE, 1, 40, 0.3, 2, 0.5, 2))
        .hasMessage("window must be in [3, 1001], got 2");
    assertThatThrownBy(() -> NoiseSpec.parse("scan:stain-depth=0.5..1.5"))
        .hasMessageContaining("stain-depth must be in [0, 1), got 1.5");
  }

  private static double blackShare(Image page) {
    int black = 0;
    for (float v : page.samples()) {
      black += v == 0f ? 1 : 0;
    }
    return (double) black / page.pixelCount();
  }
}
