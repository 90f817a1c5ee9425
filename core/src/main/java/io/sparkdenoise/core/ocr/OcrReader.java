/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ocr;

import io.sparkdenoise.core.image.Image;

/**
 * Reads the text on a page: the seam between what needs OCR (a denoise run's quality signal) and
 * the engine that does it ({@link TesseractOcr}, or one a Spark task manages). Implementations say
 * whether they are thread-safe.
 */
@FunctionalInterface
public interface OcrReader {
  /** What OCR reads on {@code page}, gray or RGB, samples in [0, 1]. */
  OcrResult read(Image page);
}
