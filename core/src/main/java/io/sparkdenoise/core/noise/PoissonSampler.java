/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

/**
 * Poisson sampling on a {@link NoiseRandom}: Knuth's multiplication of uniforms below {@link
 * #PTRS_MIN_LAMBDA}, and above it W. Hörmann's PTRS ("The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and Economics 12, 1993), whose
 * expected number of uniforms per draw stays bounded as the mean grows.
 */
final class PoissonSampler {
  /** Largest mean accepted; above it double rounding in the PTRS acceptance test grows. */
  static final double MAX_LAMBDA = 1e9;

  /** Means from here on use PTRS (its constants are tuned for means >= 10). */
  static final double PTRS_MIN_LAMBDA = 10;

  // PTRS constants, named as in Hörmann's paper.
  private static final double B_OFFSET = 0.931;
  private static final double B_SLOPE = 2.53;
  private static final double A_OFFSET = -0.059;
  private static final double A_SLOPE = 0.02483;
  private static final double INV_ALPHA_OFFSET = 1.1239;
  private static final double INV_ALPHA_SLOPE = 1.1328;
  private static final double INV_ALPHA_SHIFT = 3.4;
  private static final double V_R_OFFSET = 0.9277;
  private static final double V_R_SLOPE = 3.6224;
  private static final double V_R_SHIFT = 2;
  private static final double K_SHIFT = 0.43;
  private static final double US_SQUEEZE = 0.07;
  private static final double US_REJECT = 0.013;

  /** log(k!) is summed directly below this k and taken from Stirling's series from it on. */
  private static final long STIRLING_MIN_K = 20;

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  private PoissonSampler() {}

  static long sample(NoiseRandom rng, double lambda) {
    if (!(lambda >= 0 && lambda <= MAX_LAMBDA)) {
      throw new IllegalArgumentException(
          "lambda must be in [0, "
              + SpecNumbers.format(MAX_LAMBDA)
              + "], got "
              + SpecNumbers.format(lambda));
    }
    if (lambda == 0) {
      return 0;
    }
    return lambda < PTRS_MIN_LAMBDA
        ? multiplyUniforms(rng, lambda)
        : transformedRejection(rng, lambda);
  }

  /** The number of uniforms whose running product stays above e^-lambda. */
  private static long multiplyUniforms(NoiseRandom rng, double lambda) {
    double limit = Math.exp(-lambda);
    double product = rng.nextDouble();
    long k = 0;
    while (product > limit) {
      k++;
      product *= rng.nextDouble();
    }
    return k;
  }

  private static long transformedRejection(NoiseRandom rng, double lambda) {
    double logLambda = Math.log(lambda);
    double b = B_OFFSET + B_SLOPE * Math.sqrt(lambda);
    double a = A_OFFSET + A_SLOPE * b;
    double logInvAlpha = Math.log(INV_ALPHA_OFFSET + INV_ALPHA_SLOPE / (b - INV_ALPHA_SHIFT));
    double vr = V_R_OFFSET - V_R_SLOPE / (b - V_R_SHIFT);
    while (true) {
      double u = rng.nextDouble() - 0.5;
      double v = rng.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + lambda + K_SHIFT);
      if (us >= US_SQUEEZE && v <= vr) {
        return k;
      }
      if (k < 0 || (us < US_REJECT && v > us)) {
        continue;
      }
      double logAccept = Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b);
      if (logAccept <= -lambda + k * logLambda - logFactorial(k)) {
        return k;
      }
    }
  }

  /** log(k!) for k >= 0, to about 1e-12 absolute. */
  static double logFactorial(long k) {
    if (k < STIRLING_MIN_K) {
      double sum = 0;
      for (long i = 2; i <= k; i++) {
        sum += Math.log(i);
      }
      return sum;
    }
    double n = k;
    double inv = 1 / n;
    double inv2 = inv * inv;
    // Stirling: n ln n - n + ln(2 pi n)/2 + 1/(12n) - 1/(360n^3) + 1/(1260n^5); next term < 5e-13.
    double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
    return n * Math.log(n) - n + HALF_LOG_TWO_PI + 0.5 * Math.log(n) + series;
  }
}
