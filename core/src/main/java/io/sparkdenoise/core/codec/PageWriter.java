/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes an image file page by page: each page is filled band by band ({@link Page}, a {@link
 * RowSink}) into a raster at its stored depth (1 bit per pixel for bitonal pages, 1 byte per sample
 * for 8-bit, 2 for 16-bit), then encoded, so that a page is held once, compactly, and never as
 * floats. Pages of one file share the format; TIFF pages may differ in compression, depth and
 * resolution. Not thread-safe.
 */
public final class PageWriter implements AutoCloseable {
  private static final float PERCENT = 100f;

  private final ImageOutputStream out;
  private final ImageFormat format;
  private final int pages;
  private ImageWriter writer;
  private int written;

  /**
   * A writer of a file of {@code pages} pages in {@code format} to {@code out}, which the writer
   * flushes but does not close.
   *
   * @throws IllegalArgumentException when several pages are asked of a format other than TIFF
   */
  public PageWriter(OutputStream out, ImageFormat format, int pages) {
    Objects.requireNonNull(out, "out");
    this.format = Objects.requireNonNull(format, "format");
    if (pages < 1) {
      throw new IllegalArgumentException("need at least one image to encode, got none");
    }
    if (pages > 1 && format != ImageFormat.TIFF) {
      throw new IllegalArgumentException(
          "only TIFF holds several pages, got " + pages + " images for " + format);
    }
    this.pages = pages;
    this.out = new MemoryCacheImageOutputStream(out);
  }

  /** A blank page to fill band by band and then {@link #write}. */
  public Page page(int height, int width, int channels, EncodeOptions options) {
    if (options.format() != format) {
      throw new IllegalArgumentException(
          "this writer writes " + format + ", got a " + options.format() + " page");
    }
    return new Page(Rasters.blank(height, width, channels, options), options);
  }

  /** Encodes the next page; the last one finishes the file. */
  public void write(Page page) throws IOException {
    if (written == pages) {
      throw new IllegalStateException("all " + pages + " pages are written already");
    }
    if (writer == null) {
      open(page.pixels);
    }
    ImageWriteParam param = param(writer, page.options);
    IIOImage image = image(writer, param, page);
    if (pages == 1) {
      writer.write(null, image, param);
    } else {
      writer.writeToSequence(image, param);
    }
    written++;
    if (written == pages) {
      if (pages > 1) {
        writer.endWriteSequence();
      }
      out.flush();
    }
  }

  private void open(BufferedImage first) throws IOException {
    ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(first);
    writer =
        Plugins.writer(format, type)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no ImageIO writer is registered for "
                            + format
                            + " images of type "
                            + type));
    writer.setOutput(out);
    if (pages > 1) {
      writer.prepareWriteSequence(null);
    }
  }

  private static IIOImage image(ImageWriter writer, ImageWriteParam param, Page page)
      throws IOException {
    IIOMetadata metadata = null;
    if (page.options.dpi().isPresent()) {
      metadata =
          writer.getDefaultImageMetadata(
              ImageTypeSpecifier.createFromRenderedImage(page.pixels), param);
      Resolution.writeDpi(metadata, page.options.format(), page.options.dpi().getAsDouble());
    }
    return new IIOImage(page.pixels, null, metadata);
  }

  private static ImageWriteParam param(ImageWriter writer, EncodeOptions options) {
    ImageWriteParam param = writer.getDefaultWriteParam();
    if (options.format() == ImageFormat.JPEG) {
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(options.jpegQuality() / PERCENT);
    } else if (options.format() == ImageFormat.TIFF) {
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType(options.tiffCompression().imageIoName());
    }
    return param;
  }

  /**
   * Frees the plugin and flushes what was written; a file with pages missing is incomplete (the
   * caller discards it).
   */
  @Override
  public void close() throws IOException {
    try {
      if (writer != null) {
        writer.dispose();
      }
    } finally {
      out.close();
    }
  }

  /** One page being filled: rows arrive as bands and are quantised at once. */
  public static final class Page implements RowSink {
    private final BufferedImage pixels;
    private final EncodeOptions options;

    private Page(BufferedImage pixels, EncodeOptions options) {
      this.pixels = pixels;
      this.options = options;
    }

    @Override
    public void write(int from, Image band) {
      Rasters.fill(pixels, from, band, options);
    }

    /** Bytes the page's raster holds (1 bit per pixel for bitonal pages). */
    public long rasterBytes() {
      DataBuffer data = pixels.getRaster().getDataBuffer();
      return (long) data.getSize() * DataBuffer.getDataTypeSize(data.getDataType()) / Byte.SIZE;
    }
  }
}
