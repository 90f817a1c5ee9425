/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;

/**
 * A page read in horizontal bands, so that a page far larger than memory can be denoised: the tiled
 * denoiser asks for one band of tile rows at a time, in top-to-bottom order, with overlaps. Samples
 * in [0, 1] as {@link Image} holds them. Not thread-safe unless an implementation says so.
 */
public interface RowSource {
  /** The page's id, given to the bands. */
  String id();

  /** Rows of the page. */
  int height();

  /** Columns of the page. */
  int width();

  /** Channels of the page: 1 (gray) or 3 (RGB). */
  int channels();

  /**
   * Rows {@code [from, to)} of the page as an image of {@code to - from} rows.
   *
   * @throws ImageDecodeException when the source cannot decode these rows
   */
  Image rows(int from, int to) throws ImageDecodeException;
}
