/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How {@link ImageCodec#encode} writes an image. Build one with a factory ({@link #png()}, {@link
 * #jpeg(int)}, {@link #tiff(TiffCompression)}, ...) and refine it with {@link #withBitsPerSample}
 * and {@link #withDpi}.
 *
 * <p>Samples in [0, 1] are quantised to {@code round(x * (2^bits - 1))}, clamped. PNG, TIFF and
 * gray BMP/GIF are lossless at 8 bits; JPEG is lossy; GIF quantises RGB images to a 256-colour
 * palette. Only TIFF holds several pages.
 *
 * @param format the file format
 * @param bitsPerSample 8, or 16 or 1 (bitonal, thresholded at 0.5) for PNG and TIFF; the CCITT
 *     compressions write 1 bit whatever this says
 * @param jpegQuality JPEG quality in [1, 100] (ignored by other formats)
 * @param tiffCompression the TIFF compression; {@link TiffCompression#NONE} for other formats
 * @param dpi the resolution to record in the file, when present: PNG (rounded to whole pixels per
 *     metre), JPEG (whole dots per inch) or TIFF; GIF has no field for it and the JDK's BMP writer
 *     cannot set it
 */
public record EncodeOptions(
    ImageFormat format,
    int bitsPerSample,
    int jpegQuality,
    TiffCompression tiffCompression,
    OptionalDouble dpi) {
  /** The JPEG quality of every factory but {@link #jpeg(int)}. */
  public static final int DEFAULT_JPEG_QUALITY = 90;

  private static final int MAX_JPEG_QUALITY = 100;
  private static final int HIGH_BITS = 16;

  /** Checks the combination is one the codec can write. */
  public EncodeOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(tiffCompression, "tiffCompression");
    Objects.requireNonNull(dpi, "dpi");
    if (bitsPerSample != 1 && bitsPerSample != Byte.SIZE && bitsPerSample != HIGH_BITS) {
      throw new IllegalArgumentException("bitsPerSample must be 1, 8 or 16, got " + bitsPerSample);
    }
    if (bitsPerSample == 1 && format != ImageFormat.PNG && format != ImageFormat.TIFF) {
      throw new IllegalArgumentException("1 bit per sample needs PNG or TIFF, got " + format);
    }
    if (bitsPerSample == HIGH_BITS && format != ImageFormat.PNG && format != ImageFormat.TIFF) {
      throw new IllegalArgumentException("16 bits per sample needs PNG or TIFF, got " + format);
    }
    if (jpegQuality < 1 || jpegQuality > MAX_JPEG_QUALITY) {
      throw new IllegalArgumentException("jpegQuality must be in [1, 100], got " + jpegQuality);
    }
    if (format != ImageFormat.TIFF && tiffCompression != TiffCompression.NONE) {
      throw new IllegalArgumentException(
          "tiffCompression " + tiffCompression + " needs format TIFF, got " + format);
    }
    if (tiffCompression.bitonal() && bitsPerSample == HIGH_BITS) {
      throw new IllegalArgumentException(
          tiffCompression + " writes 1-bit pixels, got bitsPerSample " + bitsPerSample);
    }
    if (dpi.isPresent() && !(dpi.getAsDouble() > 0 && Double.isFinite(dpi.getAsDouble()))) {
      throw new IllegalArgumentException(
          "dpi must be positive and finite, got " + dpi.getAsDouble());
    }
    if (dpi.isPresent() && (format == ImageFormat.GIF || format == ImageFormat.BMP)) {
      throw new IllegalArgumentException(
          format + " resolution is not written, got dpi " + dpi.getAsDouble());
    }
  }

  /** Lossless 8-bit PNG. */
  public static EncodeOptions png() {
    return of(ImageFormat.PNG);
  }

  /** JPEG at {@code quality} in [1, 100]. */
  public static EncodeOptions jpeg(int quality) {
    return new EncodeOptions(
        ImageFormat.JPEG, Byte.SIZE, quality, TiffCompression.NONE, OptionalDouble.empty());
  }

  /** 8-bit TIFF with the given compression. */
  public static EncodeOptions tiff(TiffCompression compression) {
    return new EncodeOptions(
        ImageFormat.TIFF, Byte.SIZE, DEFAULT_JPEG_QUALITY, compression, OptionalDouble.empty());
  }

  /** 8-bit BMP (gray images as an 8-bit gray palette, RGB as 24-bit). */
  public static EncodeOptions bmp() {
    return of(ImageFormat.BMP);
  }

  /** GIF: lossless for gray images, palette-quantised for RGB. */
  public static EncodeOptions gif() {
    return of(ImageFormat.GIF);
  }

  /** True when pixels are written as 1 bit, black or white: 1 bit per sample, or CCITT. */
  public boolean bitonal() {
    return bitsPerSample == 1 || tiffCompression.bitonal();
  }

  /** The same options with another JPEG quality in [1, 100]. */
  public EncodeOptions withJpegQuality(int quality) {
    return new EncodeOptions(format, bitsPerSample, quality, tiffCompression, dpi);
  }

  /** The same options with another sample depth (1, 8 or 16). */
  public EncodeOptions withBitsPerSample(int bits) {
    return new EncodeOptions(format, bits, jpegQuality, tiffCompression, dpi);
  }

  /** The same options recording {@code dotsPerInch} in the file. */
  public EncodeOptions withDpi(double dotsPerInch) {
    return new EncodeOptions(
        format, bitsPerSample, jpegQuality, tiffCompression, OptionalDouble.of(dotsPerInch));
  }

  private static EncodeOptions of(ImageFormat format) {
    return new EncodeOptions(
        format, Byte.SIZE, DEFAULT_JPEG_QUALITY, TiffCompression.NONE, OptionalDouble.empty());
  }
}
