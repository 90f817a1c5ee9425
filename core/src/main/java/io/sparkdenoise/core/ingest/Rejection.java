/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the {@code rejects} table (data-schemas/rejects.json): an input, or a page or record
 * of one, that did not become an image.
 *
 * @param sourceUri URI of the input
 * @param page 0-based page or record when only part of the input failed, null for the whole input
 * @param reason a {@link io.sparkdenoise.core.codec.DecodeFailure#code()} or {@link #UNREADABLE}
 * @param message one line for people
 * @param sourceBytes size of the input in bytes, null when unknown
 * @param sourceSha256 SHA-256 (hex) of the input's bytes, null when they could not be read
 */
public record Rejection(
    String sourceUri,
    Integer page,
    String reason,
    String message,
    Long sourceBytes,
    String sourceSha256)
    implements Serializable {
  /** Reason code of an input that could not be read (an I/O error). */
  public static final String UNREADABLE = "unreadable";

  private static final long serialVersionUID = 1L;

  /** Checks the required fields and makes the message one line. */
  public Rejection {
    Objects.requireNonNull(sourceUri, "sourceUri");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    message = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  /** An input that could not be read at all; the message names the I/O error. */
  public static Rejection unreadable(String sourceUri, Integer page, Long bytes, Exception error) {
    String detail = error.getMessage() == null ? "" : ": " + error.getMessage();
    return new Rejection(
        sourceUri,
        page,
        UNREADABLE,
        "cannot read: " + error.getClass().getSimpleName() + detail,
        bytes,
        null);
  }
}
