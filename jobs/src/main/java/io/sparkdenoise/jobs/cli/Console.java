/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where the launcher talks to its user: results on stdout (a job's last stdout line is its JSON
 * summary, so scripts can read it), one-line errors on stderr. The only class allowed to print;
 * everything else logs through SLF4J.
 */
public final class Console {
  private final PrintWriter out;
  private final PrintWriter err;

  /** A console over the given writers, e.g. string writers in tests. */
  public Console(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** The process's stdout and stderr, UTF-8. */
  @SuppressWarnings("checkstyle:RegexpSinglelineJava")
  public static Console system() {
    return new Console(
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8));
  }

  /** Prints one line of result to stdout. */
  public void result(String line) {
    out.println(line);
    out.flush();
  }

  /** Prints one line to stderr, prefixed with the program name. */
  public void error(String message) {
    err.println(SparkDenoise.NAME + ": " + message);
    err.flush();
  }

  /**
   * Prints one line for a person to stderr, prefixed with the program name: what to look at next,
   * kept off stdout, whose last line stays the JSON summary.
   */
  public void note(String message) {
    error(message);
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }
}
