/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes images to bytes; see {@link ImageCodec#encode}. */
final class Encoder {
  private Encoder() {}

  static byte[] encodePages(List<Image> images, EncodeOptions options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PageWriter writer = new PageWriter(bytes, options.format(), images.size())) {
      for (Image image : images) {
        PageWriter.Page page =
            writer.page(image.height(), image.width(), image.channels(), options);
        page.write(0, image);
        writer.write(page);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + options.format() + " to memory failed", e);
    }
    return bytes.toByteArray();
  }
}
