/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

/**
 * The ND4J backend cannot run on this machine (an unsupported CPU or GPU, no GPU visible, a driver
 * too old); the message is one line that says what was found and what to do. The launcher prints it
 * as it is and exits with code 1 (unusable input: the machine), without a stack trace.
 */
public final class NativeSetupException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** An exception with a one-line message. */
  public NativeSetupException(String message) {
    super(message);
  }
}
