/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageFormat;
import io.sparkdenoise.core.codec.PageInfo;
import io.sparkdenoise.core.codec.TiffCompression;
import java.io.Serializable;
import java.util.OptionalDouble;

/**
 * How a denoised page is written so that the output mirrors its input: the same format family,
 * stored depth and resolution.
 *
 * <ul>
 *   <li>PNG stays PNG: 16-bit sources 16-bit, bitonal (1-bit) sources 1-bit, everything else 8-bit;
 *   <li>JPEG stays JPEG (8-bit) at the configured quality;
 *   <li>TIFF stays TIFF, each page with its own compression where that is lossless (none, LZW,
 *       Deflate, PackBits, CCITT T.4, CCITT T.6); CCITT modified Huffman (RLE, tag 2), which no
 *       writer here encodes, becomes CCITT T.6, and JPEG-in-TIFF or unknown compressions become LZW
 *       (lossless, so nothing is compressed twice); 1-bit pages stay 1-bit;
 *   <li>BMP and GIF stay BMP and GIF, 8-bit (they hold no resolution here);
 *   <li>2- and 4-bit gray sources are written as 8-bit.
 * </ul>
 *
 * <p>Bitonal in, bitonal out: a 1-bit page's denoised samples are thresholded at 0.5 (white at or
 * above). The resolution is written for PNG, JPEG and TIFF when the source records one.
 *
 * @param jpegQuality the quality of JPEG outputs, in [1, 100]
 */
public record OutputFormats(int jpegQuality) implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int HIGH_BITS = 16;
  private static final int TIFF_NONE = 1;
  private static final int TIFF_CCITT_RLE = 2;
  private static final int TIFF_CCITT_T4 = 3;
  private static final int TIFF_CCITT_T6 = 4;
  private static final int TIFF_LZW = 5;
  private static final int TIFF_DEFLATE = 8;
  private static final int TIFF_ADOBE_DEFLATE = 32946;
  private static final int TIFF_PACKBITS = 32773;

  /** Checks the quality. */
  public OutputFormats {
    if (jpegQuality < 1 || jpegQuality > 100) {
      throw new IllegalArgumentException("JPEG quality must be in [1, 100], got " + jpegQuality);
    }
  }

  /** The options that write a denoised {@code page} in its own format. */
  public EncodeOptions mirror(PageInfo page) {
    EncodeOptions options =
        switch (page.format()) {
          case PNG -> EncodeOptions.png().withBitsPerSample(depth(page));
          case JPEG -> EncodeOptions.jpeg(jpegQuality);
          case TIFF -> tiff(page);
          case BMP -> EncodeOptions.bmp();
          case GIF -> EncodeOptions.gif();
        };
    return withDpi(options, page.dpi());
  }

  /** Lossless PNG at the page's stored depth (1, 8 or 16 bits), with its resolution. */
  public EncodeOptions png(PageInfo page) {
    return withDpi(EncodeOptions.png().withBitsPerSample(depth(page)), page.dpi());
  }

  private static EncodeOptions tiff(PageInfo page) {
    int tag = page.tiffCompression().orElse(TIFF_NONE);
    TiffCompression compression =
        switch (tag) {
          case TIFF_NONE -> TiffCompression.NONE;
          case TIFF_CCITT_RLE, TIFF_CCITT_T6 -> TiffCompression.CCITT_T6;
          case TIFF_CCITT_T4 -> TiffCompression.CCITT_T4;
          case TIFF_DEFLATE, TIFF_ADOBE_DEFLATE -> TiffCompression.DEFLATE;
          case TIFF_PACKBITS -> TiffCompression.PACKBITS;
          case TIFF_LZW -> TiffCompression.LZW;
          default -> TiffCompression.LZW;
        };
    if (compression.bitonal() && !page.bitonal()) {
      compression = TiffCompression.LZW;
    }
    int bits = compression.bitonal() ? Byte.SIZE : depth(page);
    return EncodeOptions.tiff(compression).withBitsPerSample(bits);
  }

  private static int depth(PageInfo page) {
    if (page.bitonal()) {
      return 1;
    }
    return page.bitsPerSample() > Byte.SIZE ? HIGH_BITS : Byte.SIZE;
  }

  private static EncodeOptions withDpi(EncodeOptions options, OptionalDouble dpi) {
    boolean holdsDpi = options.format() != ImageFormat.BMP && options.format() != ImageFormat.GIF;
    return holdsDpi && dpi.isPresent() ? options.withDpi(dpi.getAsDouble()) : options;
  }
}
