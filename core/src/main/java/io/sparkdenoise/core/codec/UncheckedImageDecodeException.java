/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.util.Objects;

/**
 * Wraps an {@link ImageDecodeException} where an {@link java.util.Iterator} cannot throw checked
 * exceptions (the streaming dataset readers), as {@link java.io.UncheckedIOException} does for I/O.
 */
public final class UncheckedImageDecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps {@code cause}, keeping its one-line message. */
  public UncheckedImageDecodeException(ImageDecodeException cause) {
    super(Objects.requireNonNull(cause, "cause").getMessage(), cause);
  }

  /** The wrapped failure. */
  @Override
  public synchronized ImageDecodeException getCause() {
    return (ImageDecodeException) super.getCause();
  }
}
