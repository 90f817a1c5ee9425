/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import java.util.SplittableRandom;

/**
 * A seeded random stream whose every output is fixed by its seed on any JDK: the only thing taken
 * from the JDK is {@link SplittableRandom#nextLong()}, whose SplitMix64 algorithm is specified;
 * uniforms, integers, Gaussians and Poisson counts are derived from it here.
 *
 * <p>Get one per image and purpose from {@link NoiseStreams#forImage}. Not thread-safe: each thread
 * uses its own stream, which is what keying by image makes natural.
 */
public final class NoiseRandom {
  /** Largest Poisson mean {@link #nextPoisson} accepts. */
  public static final double MAX_POISSON_LAMBDA = PoissonSampler.MAX_LAMBDA;

  private static final double DOUBLE_UNIT = 0x1.0p-53;
  private static final int DOUBLE_SHIFT = Long.SIZE - 53;
  private static final int INT_SHIFT = Long.SIZE - 31;
  private static final long INT_RANGE = 1L << 31;

  private final SplittableRandom source;
  private double spareGaussian;
  private boolean hasSpareGaussian;

  /** A stream fixed by {@code seed}. */
  public NoiseRandom(long seed) {
    this.source = new SplittableRandom(seed);
  }

  /** Uniform in [0, 1), on the grid of multiples of 2^-53 (the top 53 bits of a 64-bit draw). */
  public double nextDouble() {
    return (source.nextLong() >>> DOUBLE_SHIFT) * DOUBLE_UNIT;
  }

  /**
   * Uniform in [0, bound), exactly unbiased: 31-bit draws at or above the largest multiple of
   * {@code bound} are rejected and drawn again.
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be > 0, got " + bound);
    }
    long limit = INT_RANGE - INT_RANGE % bound;
    long r;
    do {
      r = source.nextLong() >>> INT_SHIFT;
    } while (r >= limit);
    return (int) (r % bound);
  }

  /**
   * Standard normal (mean 0, variance 1) by Marsaglia's polar method on this stream's uniforms;
   * each accepted pair yields two values, the second returned by the next call.
   */
  public double nextGaussian() {
    if (hasSpareGaussian) {
      hasSpareGaussian = false;
      return spareGaussian;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * nextDouble() - 1;
      v = 2 * nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double m = Math.sqrt(-2 * Math.log(s) / s);
    spareGaussian = v * m;
    hasSpareGaussian = true;
    return u * m;
  }

  /**
   * A Poisson count with mean {@code lambda} in [0, {@link #MAX_POISSON_LAMBDA}]: exact (up to
   * double rounding) by multiplying uniforms for small means and by Hörmann's transformed rejection
   * (PTRS) for large ones.
   */
  public long nextPoisson(double lambda) {
    return PoissonSampler.sample(this, lambda);
  }
}
