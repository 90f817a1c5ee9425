/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

/**
 * A mistake in what the user asked for (arguments, option combinations, files that do not fit
 * together): reported as one line on stderr with exit code {@link SparkDenoise#EXIT_USAGE}, never
 * as a stack trace.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A usage error with its one-line message. */
  public UsageException(String message) {
    super(message);
  }
}
