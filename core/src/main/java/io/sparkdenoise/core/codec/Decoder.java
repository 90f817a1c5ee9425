/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decodes one file's bytes into pages; see {@link ImageCodec#decode}. */
final class Decoder {
  private static final Logger LOG = LoggerFactory.getLogger(Decoder.class);
  private static final int SIGNATURE_BYTES_SHOWN = 8;

  private Decoder() {}

  static List<DecodedPage> decode(byte[] data, String id, DecodeLimits limits)
      throws ImageDecodeException {
    ImageFormat format = detect(data);
    try {
      return decodePages(data, format, id, limits);
    } catch (ImageDecodeException e) {
      Optional<String> cut = CutShort.evidence(format, data);
      if (e.failure() == DecodeFailure.CORRUPT && cut.isPresent()) {
        throw new ImageDecodeException(
            DecodeFailure.TRUNCATED,
            format + " data ends early (" + cut.get() + "): " + e.getMessage(),
            e);
      }
      throw e;
    }
  }

  private static List<DecodedPage> decodePages(
      byte[] data, ImageFormat format, String id, DecodeLimits limits) throws ImageDecodeException {
    ImageReader reader = reader(format);
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
      // Metadata is not ignored: besides the resolution, it makes the JDK's PNG reader walk every
      // chunk up to IEND before decoding, so a PNG cut anywhere fails with an EOFException
      // (TRUNCATED) instead of decoding to a page with missing rows.
      reader.setInput(in, false, false);
      int pages = countPages(reader, format, limits);
      List<DecodedPage> decoded = new ArrayList<>(pages);
      for (int i = 0; i < pages; i++) {
        decoded.add(decodePage(reader, format, id, i, pages, limits));
      }
      return decoded;
    } catch (IOException e) {
      throw Failures.classify(format.name(), e);
    } finally {
      reader.dispose();
    }
  }

  /**
   * The preferred reader of {@code format}; none registered is {@link DecodeFailure#UNSUPPORTED}.
   */
  static ImageReader reader(ImageFormat format) throws ImageDecodeException {
    return Plugins.reader(format)
        .orElseThrow(
            () ->
                new ImageDecodeException(
                    DecodeFailure.UNSUPPORTED, "no ImageIO reader is registered for " + format));
  }

  static ImageFormat detect(byte[] data) throws ImageDecodeException {
    if (data.length == 0) {
      throw new ImageDecodeException(DecodeFailure.EMPTY, "empty input: 0 bytes");
    }
    var cut = ImageFormat.detectCutSignature(data);
    if (cut.isPresent()) {
      throw new ImageDecodeException(
          DecodeFailure.TRUNCATED,
          cut.get() + " data ends early: only " + data.length + " bytes, inside the signature");
    }
    return ImageFormat.detect(data)
        .orElseThrow(
            () -> {
              int shown = Math.min(data.length, SIGNATURE_BYTES_SHOWN);
              return new ImageDecodeException(
                  DecodeFailure.NOT_AN_IMAGE,
                  "not an image: no known signature, starts with "
                      + HexFormat.ofDelimiter(" ").formatHex(data, 0, shown)
                      + " ("
                      + data.length
                      + " bytes)");
            });
  }

  /** Only TIFF has pages; the other formats decode their first image (a GIF's first frame). */
  static int countPages(ImageReader reader, ImageFormat format, DecodeLimits limits)
      throws ImageDecodeException {
    if (format != ImageFormat.TIFF) {
      return 1;
    }
    int pages;
    try {
      pages = reader.getNumImages(true);
    } catch (IOException | RuntimeException e) {
      throw Failures.classify(format.name(), e);
    }
    if (pages < 1) {
      throw new ImageDecodeException(DecodeFailure.CORRUPT, format + " has no pages");
    }
    if (pages > limits.maxPages()) {
      throw new ImageDecodeException(
          DecodeFailure.TOO_LARGE,
          format + " has " + pages + " pages, more than the limit of " + limits.maxPages());
    }
    return pages;
  }

  private static DecodedPage decodePage(
      ImageReader reader, ImageFormat format, String id, int page, int pages, DecodeLimits limits)
      throws ImageDecodeException {
    String where = where(format, page, pages);
    try {
      checkSize(reader, page, where, limits);
    } catch (IOException | RuntimeException e) {
      throw Failures.classify(where, e);
    }
    BufferedImage pixels = read(reader, page, null, where);
    OptionalDouble dpi = readDpi(reader, page, where);
    RasterConversion.Converted converted =
        RasterConversion.convert(pixels, DecodedPage.pageId(id, page, pages));
    return new DecodedPage(converted.image(), page, pages, format, converted.bitsPerSample(), dpi);
  }

  /** How messages name a page: "PNG", or "TIFF page 1 of 3". */
  static String where(ImageFormat format, int page, int pages) {
    return pages == 1 ? format.name() : format + " page " + page + " of " + pages;
  }

  /**
   * Page {@code page}, or the part {@code param} selects, with every failure classified: a reader
   * warning that the data stopped early is {@link DecodeFailure#TRUNCATED}, a plugin's exception is
   * classified by {@link Failures}, and an allocation the JVM refused is {@link
   * DecodeFailure#TOO_LARGE}.
   */
  static BufferedImage read(ImageReader reader, int page, ImageReadParam param, String where)
      throws ImageDecodeException {
    TruncationWarnings warnings = new TruncationWarnings();
    reader.addIIOReadWarningListener(warnings);
    try {
      BufferedImage pixels = reader.read(page, param);
      if (warnings.first != null) {
        throw new ImageDecodeException(
            DecodeFailure.TRUNCATED, where + " data ends early: " + warnings.first);
      }
      return pixels;
    } catch (IOException | RuntimeException e) {
      throw Failures.classify(where, e);
    } catch (OutOfMemoryError e) {
      // A single huge allocation inside a plugin (e.g. a damaged strip length) failed; nothing was
      // allocated, so the JVM is healthy and the file is what was too large.
      throw new ImageDecodeException(
          DecodeFailure.TOO_LARGE,
          where + " needs more memory than the JVM has: " + e.getMessage());
    } finally {
      reader.removeIIOReadWarningListener(warnings);
    }
  }

  /** Checks width x height from the header before a single pixel is decoded. */
  static void checkSize(ImageReader reader, int page, String where, DecodeLimits limits)
      throws IOException, ImageDecodeException {
    int width = reader.getWidth(page);
    int height = reader.getHeight(page);
    if (width < 1 || height < 1) {
      throw new ImageDecodeException(
          DecodeFailure.CORRUPT, where + " header claims an empty size " + width + "x" + height);
    }
    long pixels = (long) width * height;
    if (pixels > limits.maxPixelsPerPage()) {
      throw new ImageDecodeException(
          DecodeFailure.TOO_LARGE,
          String.format(
              Locale.ROOT,
              "%s header claims %dx%d = %d pixels, more than the limit of %d",
              where,
              width,
              height,
              pixels,
              limits.maxPixelsPerPage()));
    }
  }

  /**
   * The page's resolution; damaged metadata loses the resolution, not the page (with a warning).
   * Read once the pixels are decoded, so that a page that fails anyway fails with one message.
   */
  static OptionalDouble readDpi(ImageReader reader, int page, String where) {
    try {
      IIOMetadata metadata = reader.getImageMetadata(page);
      return Resolution.readDpi(metadata);
    } catch (IOException | RuntimeException e) {
      LOG.warn("{}: unreadable resolution metadata, decoding without it: {}", where, e.toString());
      return OptionalDouble.empty();
    }
  }

  /** Remembers the first reader warning that says the data stopped early. */
  private static final class TruncationWarnings implements IIOReadWarningListener {
    private String first;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
      if (first == null && Failures.saysEndOfInput(warning)) {
        first = warning;
      }
    }
  }
}
