/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import io.sparkdenoise.core.image.Image;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the pages of one image file in bands of rows, for pages too large to decode whole: each
 * {@link RowSource#rows} call decodes only a source region of the page (ImageIO's {@code
 * setSourceRegion}), so a page is never held decoded, only its file bytes are. How much of the file
 * a band read decompresses depends on the plugin: TIFF strips and tiles outside the region are
 * skipped; PNG and JPEG are decompressed from the start of the page up to the band's last row (the
 * rows above are decoded and dropped, never stored).
 *
 * <p>Same formats, samples, limits and failure types as {@link ImageCodec#decode}: sizes are
 * checked against {@link DecodeLimits} from the headers first, and every failure is an {@link
 * ImageDecodeException}. Not thread-safe; close it to free the plugin.
 */
public final class PageReader implements AutoCloseable {
  private final String id;
  private final ImageFormat format;
  private final ImageReader reader;
  private final ImageInputStream in;
  private final DecodeLimits limits;
  private final int pages;

  private PageReader(
      String id, ImageFormat format, ImageReader reader, ImageInputStream in, DecodeLimits limits)
      throws ImageDecodeException {
    this.id = id;
    this.format = format;
    this.reader = reader;
    this.in = in;
    this.limits = limits;
    this.pages = Decoder.countPages(reader, format, limits);
  }

  /**
   * A reader of {@code data}, a whole image file; {@code id} names its pages as {@link
   * DecodedPage#pageId} does.
   *
   * @throws ImageDecodeException when the bytes are not an image we read, or have too many pages
   */
  public static PageReader open(byte[] data, String id, DecodeLimits limits)
      throws ImageDecodeException {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(limits, "limits");
    ImageFormat format = Decoder.detect(Objects.requireNonNull(data, "data"));
    ImageReader reader = Decoder.reader(format);
    ImageInputStream in = new ByteArrayImageInputStream(data);
    reader.setInput(in, false, false);
    try {
      return new PageReader(id, format, reader, in, limits);
    } catch (ImageDecodeException | RuntimeException e) {
      reader.dispose();
      throw e;
    }
  }

  /** The file's format. */
  public ImageFormat format() {
    return format;
  }

  /** Pages in the file: 1 for everything but multi-page TIFF. */
  public int pageCount() {
    return pages;
  }

  /**
   * Page {@code page}'s size, depth, channels and metadata; decodes its first row to learn the
   * depth and channels as {@link ImageCodec} would report them.
   *
   * @throws ImageDecodeException when the page is over the limits or its first row fails
   */
  public PageInfo info(int page) throws ImageDecodeException {
    String where = Decoder.where(format, page, pages);
    int width;
    int height;
    try {
      Decoder.checkSize(reader, page, where, limits);
      width = reader.getWidth(page);
      height = reader.getHeight(page);
    } catch (IOException | RuntimeException e) {
      throw Failures.classify(where, e);
    }
    OptionalDouble dpi = Decoder.readDpi(reader, page, where);
    RasterConversion.Converted first = region(page, 0, 1, width, where);
    return new PageInfo(
        page,
        pages,
        format,
        width,
        height,
        first.image().channels(),
        first.bitsPerSample(),
        dpi,
        compression(page));
  }

  /** Page {@code page} of size {@code info} as bands of rows. */
  public RowSource rows(PageInfo info) {
    String pageId = DecodedPage.pageId(id, info.index(), pages);
    String where = Decoder.where(format, info.index(), pages);
    return new RowSource() {
      @Override
      public String id() {
        return pageId;
      }

      @Override
      public int height() {
        return info.height();
      }

      @Override
      public int width() {
        return info.width();
      }

      @Override
      public int channels() {
        return info.channels();
      }

      @Override
      public Image rows(int from, int to) throws ImageDecodeException {
        return region(info.index(), from, to, info.width(), where).image();
      }
    };
  }

  private RasterConversion.Converted region(int page, int from, int to, int width, String where)
      throws ImageDecodeException {
    ImageReadParam param = reader.getDefaultReadParam();
    param.setSourceRegion(new Rectangle(0, from, width, to - from));
    BufferedImage pixels = Decoder.read(reader, page, param, where + " rows " + from + ".." + to);
    return RasterConversion.convert(pixels, DecodedPage.pageId(id, page, pages));
  }

  private OptionalInt compression(int page) {
    if (format != ImageFormat.TIFF) {
      return OptionalInt.empty();
    }
    try {
      IIOMetadata metadata = reader.getImageMetadata(page);
      return TiffTags.compression(metadata);
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  @Override
  public void close() throws IOException {
    reader.dispose();
    in.close();
  }
}
