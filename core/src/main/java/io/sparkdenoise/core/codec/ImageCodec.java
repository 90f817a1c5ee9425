/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;
import java.util.List;
import java.util.Objects;

/**
 * Decodes image files (PNG, JPEG, BMP, GIF, TIFF) into {@link Image}s and encodes images back, on
 * the ImageIO plugins of the JDK and TwelveMonkeys.
 *
 * <p>Decoding is made for archives of real-world scans: whatever the bytes are, it returns pages or
 * throws an {@link ImageDecodeException} with a typed {@link DecodeFailure} and a one-line message
 * naming the format and the problem; never a plugin's raw exception and never an {@link
 * OutOfMemoryError} (sizes are checked from the headers against {@link DecodeLimits} first).
 *
 * <p>Decoded samples are in [0, 1]: {@code value / (2^bits - 1)} of the source's samples, so a
 * bitonal page has samples exactly 0 (black) or 1 (white) whatever its photometric convention. Gray
 * sources and palettes whose entries are all gray give 1 channel; everything else gives 3 (R, G,
 * B), CMYK and YCCK JPEGs converted to sRGB by the JPEG plugin. Alpha is dropped: samples are taken
 * as stored (un-premultiplied), not composited over a background.
 *
 * <p>All methods are static and thread-safe.
 */
public final class ImageCodec {
  private ImageCodec() {}

  /** {@link #decode(byte[], String, DecodeLimits)} with {@link DecodeLimits#DEFAULT}. */
  public static List<DecodedPage> decode(byte[] data, String id) throws ImageDecodeException {
    return decode(data, id, DecodeLimits.DEFAULT);
  }

  /**
   * Decodes every page of a file. The format comes from the magic bytes, never from a name. Only
   * TIFF files have several pages; a GIF gives its first frame. Page ids are {@code id} for a
   * one-page file and {@code id + "#" + pageIndex} (0-based) otherwise.
   *
   * @throws ImageDecodeException when the bytes are empty, cut short, not an image, an unsupported
   *     variant, larger than {@code limits}, or damaged
   */
  public static List<DecodedPage> decode(byte[] data, String id, DecodeLimits limits)
      throws ImageDecodeException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(limits, "limits");
    return Decoder.decode(data, id, limits);
  }

  /**
   * The bytes of a file holding {@code image}; samples are quantised to {@code round(x * (2^bits -
   * 1))}, clamped. An 8-bit PNG of samples {@code k / 255} decodes to exactly the same samples.
   */
  public static byte[] encode(Image image, EncodeOptions options) {
    Objects.requireNonNull(image, "image");
    return encodePages(List.of(image), options);
  }

  /**
   * The bytes of a file holding {@code images} as pages in order; several pages need TIFF.
   *
   * @throws IllegalArgumentException when {@code images} is empty, or has several images and the
   *     format is not TIFF
   */
  public static byte[] encodePages(List<Image> images, EncodeOptions options) {
    Objects.requireNonNull(images, "images");
    Objects.requireNonNull(options, "options");
    return Encoder.encodePages(images, options);
  }
}
