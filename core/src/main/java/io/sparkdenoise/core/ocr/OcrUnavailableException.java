/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ocr;

/**
 * OCR cannot run on this machine: the language data is missing, or Tesseract refused to start. The
 * message is one line that says what to install or set.
 */
public final class OcrUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a one-line message saying what is missing. */
  public OcrUnavailableException(String message) {
    super(message);
  }
}
