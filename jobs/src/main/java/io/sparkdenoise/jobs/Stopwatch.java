/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs;

/**
 * Wall time since a start, from {@link System#nanoTime()}: the {@code seconds} of every job's
 * summary and the timings jobs log. Immutable; one per measured span.
 */
public final class Stopwatch {
  private static final double NANOS_PER_SECOND = 1e9;
  private static final double NANOS_PER_MILLI = 1e6;
  private static final double MILLIS_PER_SECOND = 1e3;

  private final long start;

  private Stopwatch(long start) {
    this.start = start;
  }

  /** A stopwatch started now. */
  public static Stopwatch start() {
    return new Stopwatch(System.nanoTime());
  }

  /** Seconds since the start. */
  public double seconds() {
    return (System.nanoTime() - start) / NANOS_PER_SECOND;
  }

  /** Seconds since the start, rounded to the millisecond. */
  public double roundedSeconds() {
    return Math.round((System.nanoTime() - start) / NANOS_PER_MILLI) / MILLIS_PER_SECOND;
  }

  /** Milliseconds since the start. */
  public double millis() {
    return (System.nanoTime() - start) / NANOS_PER_MILLI;
  }
}
