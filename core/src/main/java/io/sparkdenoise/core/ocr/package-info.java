/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Optical character recognition of pages, the measure archive teams care about: Tesseract through
 * the bytedeco presets ({@link TesseractOcr}), with its mean word confidence and word count as a
 * quality signal that needs no clean page, and the location of its language data.
 */
package io.sparkdenoise.core.ocr;
