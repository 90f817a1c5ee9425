/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import static io.sparkdenoise.core.noise.SampleStats.fractionTolerance;
import static io.sparkdenoise.core.noise.SampleStats.mean;
import static io.sparkdenoise.core.noise.SampleStats.meanTolerance;
import static io.sparkdenoise.core.noise.SampleStats.normalVarianceTolerance;
import static io.sparkdenoise.core.noise.SampleStats.variance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoiseRandomTest {
  private static final int N = 200_000;

  /** Vigna's published SplitMix64, written out so the JDK class is pinned to it. */
  private static final class SplitMix64 {
    private long state;

    SplitMix64(long seed) {
      state = seed;
    }

    long next() {
      state += 0x9e3779b97f4a7c15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      return z ^ (z >>> 31);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0L, 1L, -7L, 0x5eedL, Long.MAX_VALUE})
  void theJdkSourceIsTheSpecifiedSplitMix64(long seed) {
    SplittableRandom jdk = new SplittableRandom(seed);
    SplitMix64 reference = new SplitMix64(seed);
    for (int i = 0; i < 100; i++) {
      assertThat(jdk.nextLong()).isEqualTo(reference.next());
    }
  }

  @Test
  void splitMix64MatchesItsPublishedFirstOutputForSeedZero() {
    assertThat(new SplitMix64(0).next()).isEqualTo(0xe220a8397b1dcdafL);
  }

  @Test
  void nextDoubleIsTheTop53BitsOfEachDrawScaledTo01() {
    NoiseRandom rng = new NoiseRandom(42);
    SplitMix64 reference = new SplitMix64(42);
    for (int i = 0; i < 100; i++) {
      assertThat(rng.nextDouble()).isEqualTo((reference.next() >>> 11) * 0x1.0p-53);
    }
  }

  @Test
  void theSameSeedGivesTheSameSequenceOfEveryKind() {
    NoiseRandom a = new NoiseRandom(99);
    NoiseRandom b = new NoiseRandom(99);
    for (int i = 0; i < 1000; i++) {
      assertThat(a.nextDouble()).isEqualTo(b.nextDouble());
      assertThat(a.nextGaussian()).isEqualTo(b.nextGaussian());
      assertThat(a.nextInt(17)).isEqualTo(b.nextInt(17));
      assertThat(a.nextPoisson(i)).isEqualTo(b.nextPoisson(i));
    }
  }

  @Test
  void nextDoubleIsUniformOnTheHalfOpenUnitInterval() {
    NoiseRandom rng = new NoiseRandom(1);
    double[] xs = new double[N];
    for (int i = 0; i < N; i++) {
      xs[i] = rng.nextDouble();
    }
    assertThat(Arrays.stream(xs).min().orElseThrow()).isGreaterThanOrEqualTo(0);
    assertThat(Arrays.stream(xs).max().orElseThrow()).isLessThan(1);
    // U(0,1): mean 1/2, variance 1/12.
    assertThat(mean(xs)).isCloseTo(0.5, within(meanTolerance(1.0 / 12, N)));
    assertThat(variance(xs)).isCloseTo(1.0 / 12, within(meanTolerance(1.0 / 180, N)));
  }

  @Test
  void nextIntHitsEveryValueBelowTheBoundEquallyOften() {
    int bound = 6;
    int[] counts = new int[bound];
    NoiseRandom rng = new NoiseRandom(2);
    for (int i = 0; i < N; i++) {
      counts[rng.nextInt(bound)]++;
    }
    double p = 1.0 / bound;
    for (int count : counts) {
      assertThat((double) count / N).isCloseTo(p, within(fractionTolerance(p, N)));
    }
    assertThat(new NoiseRandom(3).nextInt(1)).isZero();
  }

  @Test
  void nextIntRejectsANonPositiveBound() {
    assertThatThrownBy(() -> new NoiseRandom(0).nextInt(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bound must be > 0, got 0");
  }

  @Test
  void nextGaussianIsStandardNormal() {
    NoiseRandom rng = new NoiseRandom(3);
    double[] zs = new double[N];
    int withinOneSigma = 0;
    for (int i = 0; i < N; i++) {
      zs[i] = rng.nextGaussian();
      withinOneSigma += Math.abs(zs[i]) < 1 ? 1 : 0;
    }
    assertThat(mean(zs)).isCloseTo(0, within(meanTolerance(1, N)));
    assertThat(variance(zs)).isCloseTo(1, within(normalVarianceTolerance(1, N)));
    // P(|Z| < 1) = erf(1/sqrt 2) = 0.682689492137...
    double p = 0.6826894921370859;
    assertThat((double) withinOneSigma / N).isCloseTo(p, within(fractionTolerance(p, N)));
  }
}
