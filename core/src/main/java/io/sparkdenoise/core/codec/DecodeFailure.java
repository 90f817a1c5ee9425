/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.util.Locale;

/**
 * Why an input could not become an image. The {@link #code()} is what the rejects table stores, so
 * the names are part of the table's contract: add new ones, never rename.
 */
public enum DecodeFailure {
  /** Zero bytes. */
  EMPTY,
  /** The data ends before the image does. */
  TRUNCATED,
  /** Not an image in any format we read (e.g. text, or an unknown signature). */
  NOT_AN_IMAGE,
  /** An image, but in a variant we do not read (sample format, compression, colour space). */
  UNSUPPORTED,
  /** The header claims more pixels than the configured maximum (a decompression bomb guard). */
  TOO_LARGE,
  /** The data is damaged inside the image. */
  CORRUPT;

  /** The stable lower-case code stored in the rejects table, e.g. {@code not_an_image}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
