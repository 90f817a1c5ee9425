/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.util.OptionalInt;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.Node;

/** Reads TIFF tags from the TIFF plugin's native metadata tree. */
final class TiffTags {
  static final String NATIVE = "com_sun_media_imageio_plugins_tiff_image_1.0";
  private static final int COMPRESSION = 259;

  private TiffTags() {}

  /** The Compression tag of a page's metadata, or empty when it has none. */
  static OptionalInt compression(IIOMetadata metadata) {
    if (metadata == null) {
      return OptionalInt.empty();
    }
    Node root = metadata.getAsTree(NATIVE);
    for (Node ifd = root.getFirstChild(); ifd != null; ifd = ifd.getNextSibling()) {
      for (Node field = ifd.getFirstChild(); field != null; field = field.getNextSibling()) {
        if (field instanceof IIOMetadataNode node
            && Integer.toString(COMPRESSION).equals(node.getAttribute("number"))) {
          Node values = node.getFirstChild();
          Node value = values == null ? null : values.getFirstChild();
          if (value instanceof IIOMetadataNode v) {
            return OptionalInt.of(Integer.parseInt(v.getAttribute("value")));
          }
        }
      }
    }
    return OptionalInt.empty();
  }
}
