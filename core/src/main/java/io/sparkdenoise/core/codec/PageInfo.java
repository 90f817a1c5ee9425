/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a page of an image file says about itself, read without decoding the page: enough to write a
 * denoised copy in the same format family, size, depth and resolution.
 *
 * @param index 0-based page index
 * @param pageCount pages in the file
 * @param format the file's format, from its magic bytes
 * @param width columns
 * @param height rows
 * @param channels 1 (gray, bitonal, gray palettes) or 3 (everything else, as {@link ImageCodec})
 * @param bitsPerSample the stored depth: 1 for bitonal, usually 8 or 16
 * @param dpi the horizontal resolution, when the file records one
 * @param tiffCompression the TIFF Compression tag (259) of the page, for TIFF files that have one
 */
public record PageInfo(
    int index,
    int pageCount,
    ImageFormat format,
    int width,
    int height,
    int channels,
    int bitsPerSample,
    OptionalDouble dpi,
    OptionalInt tiffCompression) {
  /** True for 1-bit pages, which are written back thresholded. */
  public boolean bitonal() {
    return bitsPerSample == 1;
  }

  /** Megapixels of the page. */
  public double megapixels() {
    return (double) width * height / 1e6;
  }
}
