/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting in tests for something another thread or process does. Every wait has a deadline and
 * fails there: a test cannot pass because the thing it waited for never happened.
 */
public final class Await {
  private static final long POLL_MILLIS = 50;

  private Await() {}

  /**
   * Polls {@code condition} until it holds.
   *
   * @param what what is awaited, for the failure message, e.g. "no running Spark tasks"
   * @throws AssertionError when {@code timeout} passes first
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public static void until(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline >= 0) {
        throw new AssertionError("still waiting for " + what + " after " + timeout);
      }
      Thread.sleep(POLL_MILLIS);
    }
  }
}
