/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.io.IOException;

/**
 * A model file that cannot be used: empty, not a zip, corrupt, holding unexpected or unsafe entries
 * or entries too large, or one its engine cannot read. The message is one line that names the file
 * and says what is wrong with it.
 */
public final class InvalidModelException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An exception whose one-line message names the file and the fault. */
  public InvalidModelException(String message) {
    super(message);
  }
}
