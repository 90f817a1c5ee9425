/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.config;

/**
 * A setting a job refuses once it has looked at the file systems, before it does any work: an
 * output that is its input or nested in it, say. Like every other bad setting it is the user's
 * mistake, not a fault of the input or of the program, so the launcher reports it as a usage error:
 * its message, one line naming the setting, and nothing else.
 */
public final class RefusedSettingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** A refusal whose one-line message names the setting and says what to do instead. */
  public RefusedSettingException(String message) {
    super(message);
  }
}
