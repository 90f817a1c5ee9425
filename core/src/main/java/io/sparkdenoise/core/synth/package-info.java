/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Datasets the project makes itself, so that the demo, tests and document training need nothing
 * downloaded: glyphs ({@link io.sparkdenoise.core.synth.GlyphImages}) and whole document pages
 * ({@link io.sparkdenoise.core.synth.DocumentPages}) rendered with the JVM's own fonts.
 */
package io.sparkdenoise.core.synth;
