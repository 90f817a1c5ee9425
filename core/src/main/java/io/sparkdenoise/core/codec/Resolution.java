/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.util.OptionalDouble;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.Node;

/**
 * Reads and writes the resolution through ImageIO's format-neutral metadata tree, where it is held
 * as millimetres per pixel ({@code Dimension/HorizontalPixelSize}).
 */
final class Resolution {
  private static final double MM_PER_INCH = 25.4;
  private static final double DPI_ROUNDING = 100.0;
  private static final String STANDARD = IIOMetadataFormatImpl.standardMetadataFormatName;

  private Resolution() {}

  /** The horizontal resolution in dpi rounded to 0.01, or empty when the file records none. */
  static OptionalDouble readDpi(IIOMetadata metadata) {
    if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
      return OptionalDouble.empty();
    }
    Node dimension = child(metadata.getAsTree(STANDARD), "Dimension");
    Node size = dimension == null ? null : child(dimension, "HorizontalPixelSize");
    if (size == null) {
      return OptionalDouble.empty();
    }
    double mmPerPixel = Double.parseDouble(((IIOMetadataNode) size).getAttribute("value"));
    double dpi = Math.round(MM_PER_INCH / mmPerPixel * DPI_ROUNDING) / DPI_ROUNDING;
    return dpi > 0 && Double.isFinite(dpi) ? OptionalDouble.of(dpi) : OptionalDouble.empty();
  }

  /** Records {@code dpi} horizontally and vertically in {@code metadata}. */
  static void writeDpi(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
    String mmPerPixel = Double.toString(MM_PER_INCH / dpi);
    IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
    horizontal.setAttribute("value", mmPerPixel);
    IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
    vertical.setAttribute("value", mmPerPixel);
    IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
    dimension.appendChild(horizontal);
    dimension.appendChild(vertical);
    IIOMetadataNode root = new IIOMetadataNode(STANDARD);
    root.appendChild(dimension);
    metadata.mergeTree(STANDARD, root);
  }

  private static Node child(Node parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (name.equals(n.getNodeName())) {
        return n;
      }
    }
    return null;
  }
}
