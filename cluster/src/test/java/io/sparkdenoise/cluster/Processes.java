/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting for processes and conditions, and reading a process's command line from /proc. */
final class Processes {
  private static final long POLL_MILLIS = 100;

  private Processes() {}

  /** Waits for {@code p} to exit; kills it and fails after {@code timeout}. */
  static int waitFor(Process p, Duration timeout) throws IOException {
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IOException("process " + p.pid() + " still running after " + timeout);
      }
      return p.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for process " + p.pid(), e);
    }
  }

  /**
   * Polls {@code condition} until it holds; false when {@code timeout} passes first or {@code
   * whileAlive} exits (then it is checked once more).
   */
  static boolean await(BooleanSupplier condition, Duration timeout, Process whileAlive) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (whileAlive != null && !whileAlive.isAlive()) {
        return condition.getAsBoolean();
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }

  /** The command line of process {@code pid}, arguments joined by spaces; empty when it is gone. */
  static String commandLine(long pid) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"));
      return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
    } catch (IOException e) {
      return "";
    }
  }

  /** Sends SIGKILL to {@code pid} and waits until it is gone. */
  static void killHard(ProcessHandle process, Duration timeout) throws IOException {
    process.destroyForcibly();
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("process " + process.pid() + " did not die after SIGKILL", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted killing " + process.pid(), e);
    }
  }
}
