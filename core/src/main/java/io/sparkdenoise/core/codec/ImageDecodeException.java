/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

/**
 * An input that cannot become an image, with a typed {@link DecodeFailure} reason and a one-line
 * message meant for people and for the rejects table.
 */
public final class ImageDecodeException extends Exception {
  private static final long serialVersionUID = 1L;

  private final DecodeFailure failure;

  /** A failure with its one-line message. */
  public ImageDecodeException(DecodeFailure failure, String message) {
    super(oneLine(message));
    this.failure = failure;
  }

  /** A failure with its one-line message and the exception that revealed it. */
  public ImageDecodeException(DecodeFailure failure, String message, Throwable cause) {
    super(oneLine(message), cause);
    this.failure = failure;
  }

  /** Why decoding failed. */
  public DecodeFailure failure() {
    return failure;
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
