/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Turns a decoded {@link BufferedImage} into an {@link Image}: samples divided by {@code 2^bits -
 * 1}, alpha dropped, palettes expanded (to one channel when every entry is gray), and colour spaces
 * other than gray and sRGB converted to 8-bit sRGB by Java2D.
 */
final class RasterConversion {
  private static final int PALETTE_BITS = 8;
  private static final float PALETTE_MAX = 255f;

  private RasterConversion() {}

  /** An image and the bits per sample it came from. */
  record Converted(Image image, int bitsPerSample) {}

  static Converted convert(BufferedImage source, String id) {
    ColorModel cm = source.getColorModel();
    if (cm instanceof IndexColorModel palette) {
      return fromPalette(source.getRaster(), palette, id);
    }
    if (cm.isAlphaPremultiplied()) {
      source.coerceData(false);
    }
    int colours = cm.getNumColorComponents();
    int type = cm.getColorSpace().getType();
    if (colours == Image.GRAY && type == ColorSpace.TYPE_GRAY) {
      return fromBands(source.getRaster(), cm, Image.GRAY, id);
    }
    if (colours == Image.RGB && cm.getColorSpace().isCS_sRGB()) {
      return fromBands(source.getRaster(), cm, Image.RGB, id);
    }
    return viaSrgb(source, id);
  }

  /** The first {@code channels} bands, each divided by its own maximum. */
  private static Converted fromBands(Raster raster, ColorModel cm, int channels, String id) {
    int w = raster.getWidth();
    int h = raster.getHeight();
    float[] max = new float[channels];
    int bits = 0;
    for (int c = 0; c < channels; c++) {
      int size = cm.getComponentSize(c);
      max[c] = (1 << size) - 1;
      bits = Math.max(bits, size);
    }
    float[] samples = new float[w * h * channels];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      for (int c = 0; c < channels; c++) {
        raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, c, row);
        int o = y * w * channels + c;
        for (int x = 0; x < w; x++) {
          samples[o + x * channels] = row[x] / max[c];
        }
      }
    }
    return new Converted(Image.of(id, h, w, channels, samples), bits);
  }

  private static Converted fromPalette(Raster raster, IndexColorModel palette, String id) {
    int entries = palette.getMapSize();
    boolean gray = true;
    for (int i = 0; i < entries && gray; i++) {
      gray = palette.getRed(i) == palette.getGreen(i) && palette.getRed(i) == palette.getBlue(i);
    }
    int channels = gray ? Image.GRAY : Image.RGB;
    float[] lut = new float[entries * channels];
    for (int i = 0; i < entries; i++) {
      lut[i * channels] = palette.getRed(i) / PALETTE_MAX;
      if (!gray) {
        lut[i * channels + 1] = palette.getGreen(i) / PALETTE_MAX;
        lut[i * channels + 2] = palette.getBlue(i) / PALETTE_MAX;
      }
    }
    int w = raster.getWidth();
    int h = raster.getHeight();
    float[] samples = new float[w * h * channels];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, row);
      for (int x = 0; x < w; x++) {
        int index = Math.min(row[x], entries - 1);
        System.arraycopy(lut, index * channels, samples, (y * w + x) * channels, channels);
      }
    }
    int bits = gray && palette.getPixelSize() == 1 ? 1 : PALETTE_BITS;
    return new Converted(Image.of(id, h, w, channels, samples), bits);
  }

  /** Other colour spaces (CMYK left as such by a plugin, YCbCr, Lab...) through Java2D's sRGB. */
  private static Converted viaSrgb(BufferedImage source, String id) {
    int w = source.getWidth();
    int h = source.getHeight();
    int[] argb = source.getRGB(0, 0, w, h, null, 0, w);
    float[] samples = new float[w * h * Image.RGB];
    for (int i = 0; i < argb.length; i++) {
      samples[i * Image.RGB] = ((argb[i] >> 16) & 0xFF) / PALETTE_MAX;
      samples[i * Image.RGB + 1] = ((argb[i] >> 8) & 0xFF) / PALETTE_MAX;
      samples[i * Image.RGB + 2] = (argb[i] & 0xFF) / PALETTE_MAX;
    }
    return new Converted(Image.of(id, h, w, Image.RGB, samples), PALETTE_BITS);
  }
}
