/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Writes images to bytes; see {@link ImageCodec#encode}. */
final class Encoder {
  private static final float PERCENT = 100f;

  private Encoder() {}

  static byte[] encodePages(List<Image> images, EncodeOptions options) {
    if (images.isEmpty()) {
      throw new IllegalArgumentException("need at least one image to encode, got none");
    }
    if (images.size() > 1 && options.format() != ImageFormat.TIFF) {
      throw new IllegalArgumentException(
          "only TIFF holds several pages, got "
              + images.size()
              + " images for "
              + options.format());
    }
    List<BufferedImage> pages =
        images.stream().map(i -> Rasters.toBufferedImage(i, options)).toList();
    ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(pages.get(0));
    ImageWriter writer =
        Plugins.writer(options.format(), type)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no ImageIO writer is registered for "
                            + options.format()
                            + " images of type "
                            + type));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = param(writer, options);
      if (pages.size() == 1) {
        writer.write(null, page(writer, param, pages.get(0), options), param);
      } else {
        writer.prepareWriteSequence(null);
        for (BufferedImage pixels : pages) {
          writer.writeToSequence(page(writer, param, pixels, options), param);
        }
        writer.endWriteSequence();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + options.format() + " to memory failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static IIOImage page(
      ImageWriter writer, ImageWriteParam param, BufferedImage pixels, EncodeOptions options)
      throws IOException {
    IIOMetadata metadata = null;
    if (options.dpi().isPresent()) {
      metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(pixels), param);
      Resolution.writeDpi(metadata, options.format(), options.dpi().getAsDouble());
    }
    return new IIOImage(pixels, null, metadata);
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
}
