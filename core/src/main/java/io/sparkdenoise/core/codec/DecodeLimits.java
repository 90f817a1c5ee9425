/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.io.Serializable;

/**
 * Guards against decompression bombs: the most pixels one page may have and the most pages one file
 * may have. Both are checked from the file's headers before any pixel data is decoded, so a file
 * that exceeds them fails with {@link DecodeFailure#TOO_LARGE} without allocating its pixels.
 *
 * @param maxPixelsPerPage the largest width x height of one page, at least 1
 * @param maxPages the largest number of pages of one file, at least 1
 */
public record DecodeLimits(long maxPixelsPerPage, int maxPages) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** 2^26 = 67,108,864 pixels: an A3 page scanned at 600 dpi (7016 x 9921) fits. */
  public static final long DEFAULT_MAX_PIXELS_PER_PAGE = 1L << 26;

  /** 10,000 pages. */
  public static final int DEFAULT_MAX_PAGES = 10_000;

  /** The default limits: {@value #DEFAULT_MAX_PIXELS_PER_PAGE} pixels, 10,000 pages. */
  public static final DecodeLimits DEFAULT =
      new DecodeLimits(DEFAULT_MAX_PIXELS_PER_PAGE, DEFAULT_MAX_PAGES);

  /** Checks both limits are positive. */
  public DecodeLimits {
    if (maxPixelsPerPage < 1) {
      throw new IllegalArgumentException("maxPixelsPerPage must be >= 1, got " + maxPixelsPerPage);
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be >= 1, got " + maxPages);
    }
  }
}
