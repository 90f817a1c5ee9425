/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageDamageTest {
  private static final int SIZE = 128;
  private static final float WHITE = 1f;
  private static final float INK = 20 / 255f;

  /** Dark strokes on white paper, a quarter of the rows inked. */
  private static Image strokes() {
    float[] s = TestPages.strokes(SIZE, 4).samples().clone();
    for (int i = 0; i < s.length; i++) {
      s[i] = s[i] > 0.5f ? WHITE : INK;
    }
    return Image.of("page", SIZE, SIZE, Image.GRAY, s);
  }

  private static PageDamage damage(String spec) {
    return ((ScanNoise) NoisePlanner.plan(NoiseSpec.parse("scan:" + spec), 1, "page")).damage();
  }

  private static Image everyStage(PageDamage damage, Image page, NoiseRandom rng) {
    return damage.ringStains(damage.crumple(damage.age(page, rng), rng), rng);
  }

  @Test
  void withEveryStageOffThePageIsUnchangedAndNothingIsDrawn() {
    NoiseRandom used = new NoiseRandom(3);
    Image page = strokes();

    Image out = everyStage(PageDamage.NONE, page, used);

    assertThat(out.samples()).containsExactly(page.samples());
    assertThat(used.nextDouble()).isEqualTo(new NoiseRandom(3).nextDouble());
  }

  @Test
  void fadingLightensTheInkByHalfToAllOfTheFadeAndLeavesWhitePaperWhite() {
    Image page = strokes();
    float[] out = damage("fade=0.6").wearInk(page, new NoiseRandom(4)).samples();

    for (int i = 0; i < out.length; i++) {
      if (page.samples()[i] == WHITE) {
        assertThat(out[i]).isEqualTo(WHITE);
      } else {
        double left = (1 - out[i]) / (1 - INK);
        assertThat(left).isBetween(1 - 0.6 - 1e-6, 1 - 0.3 + 1e-6);
      }
    }
  }

  @Test
  void erosionBreaksStrokesInPatchesAndMoreWithAHigherLevel() {
    Image page = strokes();
    double some = brokenShare(page, damage("erosion=0.3").wearInk(page, new NoiseRandom(5)));
    double most = brokenShare(page, damage("erosion=0.7").wearInk(page, new NoiseRandom(5)));

    assertThat(some).isBetween(0.02, 0.5);
    assertThat(most).isGreaterThan(some + 0.2);
  }

  /** The share of ink pixels that became lighter than mid-gray. */
  private static double brokenShare(Image clean, Image worn) {
    int ink = 0;
    int broken = 0;
    for (int i = 0; i < clean.samples().length; i++) {
      if (clean.samples()[i] == INK) {
        ink++;
        broken += worn.samples()[i] > 0.5f ? 1 : 0;
      }
    }
    return (double) broken / ink;
  }

  @Test
  void bleedThroughOnlyDarkensAndShowsTheTextMirroredOnTheOtherSide() {
    float[] left = new float[SIZE * SIZE];
    Arrays.fill(left, WHITE);
    for (int y = 40; y < 88; y++) {
      for (int x = 4; x < 20; x++) {
        left[y * SIZE + x] = 0f;
      }
    }
    Image page = Image.of("page", SIZE, SIZE, Image.GRAY, left);

    float[] out = damage("bleed=0.3").bleedThrough(page, new NoiseRandom(6)).samples();

    double darkest = 1;
    for (int i = 0; i < out.length; i++) {
      assertThat(out[i]).isLessThanOrEqualTo(left[i]);
      if (i % SIZE >= SIZE / 2) {
        darkest = Math.min(darkest, out[i]);
      }
    }
    // the block sits 4..20 from the left edge; mirrored and shifted by at most 16, it lands on
    // the right half, at most 30 % dark
    assertThat(darkest).isBetween(0.7 - 1e-6, 0.8);
  }

  @Test
  void agedPaperTakesTheToneWithinItsMottlingAndGrainOnlyDarkens() {
    Image white = TestPages.flat(SIZE, WHITE);
    float[] toned = damage("paper=0.3").agePaper(white, new NoiseRandom(7)).samples();
    float[] grained = damage("grain=0.4").agePaper(white, new NoiseRandom(7)).samples();

    for (float v : toned) {
      assertThat(v).isBetween(1 - 0.3f * 1.2f - 1e-6f, 1 - 0.3f * 0.8f + 1e-6f);
    }
    double[] g = new double[grained.length];
    for (int i = 0; i < g.length; i++) {
      g[i] = grained[i];
      assertThat(grained[i]).isBetween(0.6f - 1e-6f, WHITE);
    }
    assertThat(SampleStats.mean(g)).isBetween(0.75, 0.85);
    assertThat(Math.sqrt(SampleStats.variance(g))).isGreaterThan(0.02);
  }

  @Test
  void crumplingShadesFacetsThatAreSmoothInsideAndBrightenNoMoreThanLambertAllows() {
    Image gray = TestPages.flat(SIZE, 0.5f);
    float[] out = damage("crumple=1,crumple-scale=32").crumple(gray, new NoiseRandom(8)).samples();

    int smooth = 0;
    double low = 1;
    double high = 0;
    for (int y = 0; y < SIZE; y++) {
      for (int x = 1; x < SIZE; x++) {
        float v = out[y * SIZE + x];
        low = Math.min(low, v);
        high = Math.max(high, v);
        smooth += Math.abs(v - out[y * SIZE + x - 1]) < 0.01f ? 1 : 0;
      }
    }
    assertThat(high).isLessThanOrEqualTo(0.5 * PaperRelief.MAX_GAIN + 1e-6);
    assertThat(high - low).as("facets differ in brightness").isGreaterThan(0.05);
    assertThat(smooth).as("most neighbours lie on one facet").isGreaterThan(SIZE * SIZE * 3 / 4);
  }

  @Test
  void foldsAreThinLinesAcrossAnOtherwiseUntouchedPage() {
    Image gray = TestPages.flat(256, 0.5f);
    float[] out = damage("creases=4").crumple(gray, new NoiseRandom(9)).samples();

    double[] change = new double[out.length];
    for (int i = 0; i < out.length; i++) {
      change[i] = Math.abs(out[i] - 0.5);
    }
    Arrays.sort(change);
    assertThat(change[change.length / 2]).as("median change").isLessThan(0.02);
    assertThat(change[change.length - 1]).as("largest change").isGreaterThan(0.1);
  }

  @Test
  void aRingIsDarkerOnItsRimThanInsideAndUntouchedFarOutside() {
    Image page = TestPages.flat(400, WHITE);
    double depth = 0.5;
    int rimDarker = 0;
    for (int seed = 0; seed < 20; seed++) {
      RingStain ring = new RingStain(page, 60, depth, new NoiseRandom(seed));
      double theta = 2 * Math.PI * seed / 20;
      double inside = ring.darkening(0, theta);
      double rim = 0;
      for (double r = 0; r < 200; r += 0.25) {
        double d = ring.darkening(r, theta);
        assertThat(d).isBetween(0.0, depth);
        rim = Math.max(rim, d);
      }
      assertThat(ring.darkening(400, theta)).isLessThan(1e-9);
      assertThat(inside).isBetween(depth * 0.5 * 0.1 - 1e-9, depth * 0.4 + 1e-9);
      rimDarker += rim > inside * 1.5 ? 1 : 0;
    }
    assertThat(rimDarker).as("rims darker than insides, but where the rim fades").isGreaterThan(12);
  }

  @Test
  void ringsOnlyEverDarkenThePage() {
    Image page = strokes();
    float[] out =
        damage("rings=1000,ring-radius=30,ring-depth=0.5")
            .ringStains(page, new NoiseRandom(10))
            .samples();

    int darkened = 0;
    for (int i = 0; i < out.length; i++) {
      assertThat(out[i]).isLessThanOrEqualTo(page.samples()[i]);
      darkened += out[i] < page.samples()[i] ? 1 : 0;
    }
    assertThat(darkened).isGreaterThan(out.length / 10);
  }

  @Test
  void aBackdropIsFlatRegionsWithHardEdgesNoDeeperThanItsStrengthAndKeepsTheInk() {
    Image white = Image.of("page", SIZE, SIZE, Image.GRAY, filled(WHITE));
    Image page = strokes();
    PageDamage picture = damage("backdrop=0.6,backdrop-scale=24");

    float[] behind = picture.agePaper(white, new NoiseRandom(8)).samples();
    float[] over = picture.agePaper(page, new NoiseRandom(8)).samples();

    int flat = 0;
    int edges = 0;
    for (int y = 0; y < SIZE; y++) {
      for (int x = 1; x < SIZE; x++) {
        double step = Math.abs(behind[y * SIZE + x] - behind[y * SIZE + x - 1]);
        flat += step < 0.01 ? 1 : 0;
        edges += step > 0.1 ? 1 : 0;
      }
    }
    int steps = SIZE * (SIZE - 1);
    assertThat(flat).isGreaterThan(steps / 2);
    assertThat(edges).isGreaterThan(steps / 100);
    assertThat(Arrays.stream(toDoubles(behind)).min().orElseThrow()).isBetween(0.4 - 1e-6, 0.9);
    assertThat(Arrays.stream(toDoubles(behind)).distinct().count()).isGreaterThan(50);
    for (int i = 0; i < over.length; i++) {
      assertThat(over[i]).isCloseTo(page.samples()[i] * behind[i], within(1e-6f));
    }
  }

  private static float[] filled(float value) {
    float[] samples = new float[SIZE * SIZE];
    Arrays.fill(samples, value);
    return samples;
  }

  private static double[] toDoubles(float[] samples) {
    double[] d = new double[samples.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = samples[i];
    }
    return d;
  }

  @Test
  void theSameStreamGivesTheSameDamagedPage() {
    PageDamage all =
        damage(
            "fade=0.4,erosion=0.2,bleed=0.2,paper=0.2,grain=0.2,crumple=0.7,creases=2,rings=50,"
                + "backdrop=0.5");
    Image page = strokes();

    Image a = everyStage(all, page, new NoiseRandom(11));
    Image b = everyStage(all, page, new NoiseRandom(11));
    Image c = everyStage(all, page, new NoiseRandom(12));

    assertThat(a.samples()).containsExactly(b.samples()).isNotEqualTo(c.samples());
  }

  @Test
  void badParametersAreRejectedWithTheBadValue() {
    assertThatThrownBy(() -> damage("fade=1.5"))
        .hasMessageContaining("fade must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> damage("erosion=1"))
        .hasMessageContaining("erosion must be in [0, 1), got 1");
    assertThatThrownBy(() -> damage("crumple-scale=2"))
        .hasMessageContaining("crumple-scale must be in [4, 2000], got 2");
    assertThatThrownBy(() -> damage("creases=21"))
        .hasMessageContaining("creases must be in [0, 20], got 21");
    assertThatThrownBy(() -> damage("ring-depth=-0.1"))
        .hasMessageContaining("ring-depth must be in [0, 1), got -0.1");
    assertThatThrownBy(() -> damage("backdrop=1"))
        .hasMessageContaining("backdrop must be in [0, 1), got 1");
    assertThatThrownBy(() -> damage("backdrop-scale=3"))
        .hasMessageContaining("backdrop-scale must be in [4, 2000], got 3");
  }
}
