/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ocr;

/**
 * What OCR read on a page.
 *
 * @param text the text, lines separated by newlines, as Tesseract gives it
 * @param words the number of words recognised
 * @param meanConfidence the mean of the words' confidences, 0 to 100; NaN when no word was found
 */
public record OcrResult(String text, int words, double meanConfidence) {}
