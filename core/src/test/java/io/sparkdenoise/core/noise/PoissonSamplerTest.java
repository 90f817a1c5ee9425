/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import static io.sparkdenoise.core.noise.SampleStats.Z;
import static io.sparkdenoise.core.noise.SampleStats.mean;
import static io.sparkdenoise.core.noise.SampleStats.meanTolerance;
import static io.sparkdenoise.core.noise.SampleStats.variance;
import static io.sparkdenoise.core.noise.SampleStats.varianceTolerance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoissonSamplerTest {
  private static final int N = 100_000;

  private static long[] draws(double lambda, long seed) {
    NoiseRandom rng = new NoiseRandom(seed);
    long[] ks = new long[N];
    for (int i = 0; i < N; i++) {
      ks[i] = rng.nextPoisson(lambda);
    }
    return ks;
  }

  /** ln P(K = k) = -lambda + k ln lambda - ln k!, with ln k! summed term by term. */
  private static double logPmf(double lambda, long k) {
    double logFactorial = 0;
    for (long i = 2; i <= k; i++) {
      logFactorial += Math.log(i);
    }
    return -lambda + k * Math.log(lambda) - logFactorial;
  }

  @ParameterizedTest(name = "lambda = {0}")
  @ValueSource(doubles = {0.5, 7, 10, 40, 1000, 1e6})
  void meanAndVarianceBothEqualLambda(double lambda) {
    long[] ks = draws(lambda, 11);
    double[] xs = new double[N];
    for (int i = 0; i < N; i++) {
      xs[i] = ks[i];
    }
    // Poisson: variance lambda, fourth central moment lambda (1 + 3 lambda).
    double mu4 = lambda * (1 + 3 * lambda);
    assertThat(mean(xs)).isCloseTo(lambda, within(meanTolerance(lambda, N)));
    assertThat(variance(xs)).isCloseTo(lambda, within(varianceTolerance(lambda, mu4, N)));
  }

  @ParameterizedTest(name = "lambda = {0}")
  @ValueSource(doubles = {0.5, 7, 40, 1000})
  void everyCountNearTheModeHasItsExactProbability(double lambda) {
    long[] ks = draws(lambda, 12);
    int from = (int) Math.max(0, Math.floor(lambda - 4 * Math.sqrt(lambda)));
    int to = (int) Math.ceil(lambda + 4 * Math.sqrt(lambda));
    int[] counts = new int[to - from + 1];
    for (long k : ks) {
      if (k >= from && k <= to) {
        counts[(int) k - from]++;
      }
    }
    for (int k = from; k <= to; k++) {
      double p = Math.exp(logPmf(lambda, k));
      double expected = N * p;
      double tolerance = Z * Math.sqrt(N * p * (1 - p));
      assertThat((double) counts[k - from])
          .as("count of k = %d", k)
          .isCloseTo(expected, within(tolerance));
    }
  }

  @Test
  void aZeroMeanAlwaysGivesZero() {
    NoiseRandom rng = new NoiseRandom(5);
    for (int i = 0; i < 100; i++) {
      assertThat(rng.nextPoisson(0)).isZero();
    }
  }

  @Test
  void aMeanOutsideTheSupportedRangeIsRejected() {
    NoiseRandom rng = new NoiseRandom(5);
    assertThatThrownBy(() -> rng.nextPoisson(-0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lambda must be in [0, 1000000000], got -0.5");
    assertThatThrownBy(() -> rng.nextPoisson(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lambda must be in [0, 1000000000], got NaN");
    assertThatThrownBy(() -> rng.nextPoisson(2e9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lambda must be in [0, 1000000000], got 2000000000");
  }

  @Test
  void logFactorialIsExactForFactorialsThatFitInALong() {
    long factorial = 1;
    for (int k = 0; k <= 20; k++) {
      factorial *= Math.max(k, 1);
      assertThat(PoissonSampler.logFactorial(k)).isCloseTo(Math.log(factorial), within(1e-12));
    }
  }

  @Test
  void logFactorialFromStirlingMatchesTheSumOfLogs() {
    double sum = 0;
    for (int k = 1; k <= 5000; k++) {
      sum += Math.log(k);
      // The running sum itself carries about k * 1e-16 * ln k of rounding.
      assertThat(PoissonSampler.logFactorial(k)).as("k = %d", k).isCloseTo(sum, within(1e-9));
    }
  }
}
