/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

/**
 * Sample moments and the tolerances the statistical tests allow: {@link #Z} standard errors, so a
 * correct sampler fails any one check with probability below 6e-7 (and, the streams being seeded, a
 * passing check keeps passing).
 */
final class SampleStats {
  /** Standard errors allowed by every statistical check. */
  static final double Z = 5;

  private SampleStats() {}

  static double mean(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length;
  }

  /** Unbiased sample variance. */
  static double variance(double[] xs) {
    double mean = mean(xs);
    double sum = 0;
    for (double x : xs) {
      sum += (x - mean) * (x - mean);
    }
    return sum / (xs.length - 1);
  }

  /** Z standard errors of a sample mean of n draws with the given variance. */
  static double meanTolerance(double variance, int n) {
    return Z * Math.sqrt(variance / n);
  }

  /**
   * Z standard errors of a sample variance of n draws, from the population's variance and fourth
   * central moment: Var(s^2) ~ (mu4 - sigma^4) / n.
   */
  static double varianceTolerance(double variance, double fourthCentralMoment, int n) {
    return Z * Math.sqrt((fourthCentralMoment - variance * variance) / n);
  }

  /** {@link #varianceTolerance} for a normal population, whose mu4 is 3 sigma^4. */
  static double normalVarianceTolerance(double variance, int n) {
    return varianceTolerance(variance, 3 * variance * variance, n);
  }

  /** Z standard errors of an observed fraction of n trials with success probability p. */
  static double fractionTolerance(double p, int n) {
    return Z * Math.sqrt(p * (1 - p) / n);
  }
}
