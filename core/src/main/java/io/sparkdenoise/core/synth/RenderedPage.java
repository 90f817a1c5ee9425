/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import io.sparkdenoise.core.image.Image;

/**
 * A rendered page with its ground truth: the text drawn on it, in reading order, one line of the
 * page per line (see {@link DocumentPages#renderWithText}).
 *
 * @param image the page, gray, samples in [0, 1]
 * @param text every line of text drawn, each ended by a newline
 */
public record RenderedPage(Image image, String text) {}
