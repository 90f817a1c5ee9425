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
  private static final double METRES_PER_INCH = 0.0254;
  private static final String STANDARD = IIOMetadataFormatImpl.standardMetadataFormatName;
  private static final String TIFF_NATIVE = TiffTags.NATIVE;
  private static final int TIFF_X_RESOLUTION = 282;
  private static final int TIFF_Y_RESOLUTION = 283;
  private static final int TIFF_RESOLUTION_UNIT = 296;
  private static final String TIFF_INCH = "2";
  private static final String PNG_NATIVE = "javax_imageio_png_1.0";
  private static final String JPEG_NATIVE = "javax_imageio_jpeg_image_1.0";

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

  /**
   * Records {@code dpi} horizontally and vertically in {@code metadata}. PNG and JPEG go through
   * their native trees because the JDK's PNG and JPEG plugins misread the standard tree's pixel
   * size when writing (a 300 dpi request came out as 2.16 and 2.54 dpi), and so does TwelveMonkeys'
   * TIFF plugin (2.15 dpi); reading the standard tree is right in all three.
   */
  static void writeDpi(IIOMetadata metadata, ImageFormat format, double dpi)
      throws IIOInvalidTreeException {
    switch (format) {
      case PNG -> writePngDpi(metadata, dpi);
      case JPEG -> writeJfifDpi(metadata, dpi);
      case TIFF -> writeTiffDpi(metadata, dpi);
      default -> throw new IllegalArgumentException(format + " has no resolution we write");
    }
  }

  /** PNG pHYs: integer pixels per metre. */
  private static void writePngDpi(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
    String perMetre = Long.toString(Math.round(dpi / METRES_PER_INCH));
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", perMetre);
    phys.setAttribute("pixelsPerUnitYAxis", perMetre);
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode(PNG_NATIVE);
    root.appendChild(phys);
    metadata.mergeTree(PNG_NATIVE, root);
  }

  /** JFIF APP0: integer dots per inch. */
  private static void writeJfifDpi(IIOMetadata metadata, double dpi)
      throws IIOInvalidTreeException {
    Node root = metadata.getAsTree(JPEG_NATIVE);
    Node variety = child(root, "JPEGvariety");
    Node jfif = variety == null ? null : child(variety, "app0JFIF");
    if (jfif == null) {
      throw new IllegalArgumentException("this JPEG has no JFIF segment to hold a resolution");
    }
    String dots = Long.toString(Math.round(dpi));
    IIOMetadataNode node = (IIOMetadataNode) jfif;
    node.setAttribute("resUnits", "1");
    node.setAttribute("Xdensity", dots);
    node.setAttribute("Ydensity", dots);
    metadata.setFromTree(JPEG_NATIVE, root);
  }

  /** TIFF XResolution and YResolution as rationals in hundredths, ResolutionUnit inch. */
  private static void writeTiffDpi(IIOMetadata metadata, double dpi)
      throws IIOInvalidTreeException {
    String hundredths = Math.round(dpi * DPI_ROUNDING) + "/" + (long) DPI_ROUNDING;
    IIOMetadataNode ifd = new IIOMetadataNode("TIFFIFD");
    ifd.appendChild(tiffField(TIFF_X_RESOLUTION, "TIFFRationals", "TIFFRational", hundredths));
    ifd.appendChild(tiffField(TIFF_Y_RESOLUTION, "TIFFRationals", "TIFFRational", hundredths));
    ifd.appendChild(tiffField(TIFF_RESOLUTION_UNIT, "TIFFShorts", "TIFFShort", TIFF_INCH));
    IIOMetadataNode root = new IIOMetadataNode(TIFF_NATIVE);
    root.appendChild(ifd);
    metadata.mergeTree(TIFF_NATIVE, root);
  }

  private static IIOMetadataNode tiffField(
      int tag, String listName, String itemName, String value) {
    IIOMetadataNode item = new IIOMetadataNode(itemName);
    item.setAttribute("value", value);
    IIOMetadataNode list = new IIOMetadataNode(listName);
    list.appendChild(item);
    IIOMetadataNode field = new IIOMetadataNode("TIFFField");
    field.setAttribute("number", Integer.toString(tag));
    field.appendChild(list);
    return field;
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
