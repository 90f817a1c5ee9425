/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One decoded page of an image file, with what the source said about itself so that later jobs can
 * mirror it on output.
 *
 * @param image the pixels, samples in [0, 1]; its id is the file's id for a one-page file and
 *     {@code id + "#" + pageIndex} otherwise
 * @param pageIndex 0-based index of this page in the file
 * @param pageCount pages in the file (1 for everything but multi-page TIFF)
 * @param format the format detected from the file's magic bytes
 * @param bitsPerSample the source's bits per colour sample: 1 for bitonal, usually 8 or 16; 8 for
 *     colour palettes; other depths (2- or 4-bit gray, 5-bit RGB565) are reported as they were
 * @param dpi the source's horizontal resolution in dots per inch, rounded to 0.01, when the file
 *     records one
 */
public record DecodedPage(
    Image image,
    int pageIndex,
    int pageCount,
    ImageFormat format,
    int bitsPerSample,
    OptionalDouble dpi) {
  /** Checks the fields are consistent. */
  public DecodedPage {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(dpi, "dpi");
    if (pageCount < 1 || pageIndex < 0 || pageIndex >= pageCount) {
      throw new IllegalArgumentException(
          "pageIndex must be in [0, pageCount), got " + pageIndex + " of " + pageCount);
    }
    if (bitsPerSample < 1 || bitsPerSample > 16) {
      throw new IllegalArgumentException("bitsPerSample must be in [1, 16], got " + bitsPerSample);
    }
  }

  /**
   * The id of page {@code pageIndex} of a file with id {@code id}: {@code id} itself for a one-page
   * file, {@code id + "#" + pageIndex} otherwise.
   */
  public static String pageId(String id, int pageIndex, int pageCount) {
    return pageCount == 1 ? id : id + "#" + pageIndex;
  }
}
