/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import io.sparkdenoise.core.metrics.CharacterErrorRate;
import io.sparkdenoise.core.ocr.OcrResult;

/**
 * The OCR columns of one metrics row ({@code cer}, {@code ocr_words}, {@code ocr_confidence}), null
 * where there is no value: all of them for a row without ground-truth text, the error rate for a
 * blank text (it has no length to divide by), the confidence when no word was recognised.
 *
 * @param cer the character error rate against the text, or null
 * @param words the words recognised, or null
 * @param confidence their mean confidence, 0 to 100, or null
 */
record OcrCells(Double cer, Integer words, Double confidence) {
  /** The cells of a row that was not read. */
  static final OcrCells NONE = new OcrCells(null, null, null);

  /** The cells of {@code result}, Tesseract's reading of an output whose text is {@code text}. */
  static OcrCells of(OcrResult result, String text) {
    double cer = CharacterErrorRate.of(result.text(), text);
    double confidence = result.meanConfidence();
    return new OcrCells(
        Double.isNaN(cer) ? null : cer,
        result.words(),
        Double.isNaN(confidence) ? null : confidence);
  }
}
