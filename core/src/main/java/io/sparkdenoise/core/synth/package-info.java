/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Datasets the project makes itself, so that the demo and tests need nothing downloaded: glyphs
 * rendered with the JVM's own fonts.
 */
package io.sparkdenoise.core.synth;
