/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;

/** Builds the {@link BufferedImage} a writer needs from an {@link Image}, quantising samples. */
final class Rasters {
  private static final int PALETTE_SIZE = 256;
  private static final float BITONAL_THRESHOLD = 0.5f;

  private Rasters() {}

  static BufferedImage toBufferedImage(Image image, EncodeOptions options) {
    if (options.tiffCompression().bitonal()) {
      return bitonal(image.toGray());
    }
    BufferedImage target = blank(image, options);
    int max = (1 << options.bitsPerSample()) - 1;
    float[] samples = image.samples();
    int[] quantised = new int[samples.length];
    for (int i = 0; i < samples.length; i++) {
      quantised[i] = quantise(samples[i], max);
    }
    target.getRaster().setPixels(0, 0, image.width(), image.height(), quantised);
    return target;
  }

  /** {@code round(x * max)} clamped to [0, max]; NaN becomes 0. */
  static int quantise(float x, int max) {
    long q = Math.round((double) x * max);
    return (int) Math.max(0, Math.min(max, q));
  }

  private static BufferedImage blank(Image image, EncodeOptions options) {
    int w = image.width();
    int h = image.height();
    boolean wide = options.bitsPerSample() > Byte.SIZE;
    boolean palette = options.format() == ImageFormat.BMP || options.format() == ImageFormat.GIF;
    if (image.channels() == Image.GRAY) {
      if (palette) {
        return new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, grayPalette());
      }
      return new BufferedImage(
          w, h, wide ? BufferedImage.TYPE_USHORT_GRAY : BufferedImage.TYPE_BYTE_GRAY);
    }
    if (!wide) {
      return new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    }
    ComponentColorModel cm =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_sRGB),
            false,
            false,
            Transparency.OPAQUE,
            DataBuffer.TYPE_USHORT);
    WritableRaster raster = cm.createCompatibleWritableRaster(w, h);
    return new BufferedImage(cm, raster, false, null);
  }

  private static IndexColorModel grayPalette() {
    byte[] levels = new byte[PALETTE_SIZE];
    for (int i = 0; i < PALETTE_SIZE; i++) {
      levels[i] = (byte) i;
    }
    return new IndexColorModel(Byte.SIZE, PALETTE_SIZE, levels, levels, levels);
  }

  /** 1 bit per pixel, black = 0, white where the sample is at least 0.5. */
  private static BufferedImage bitonal(Image gray) {
    BufferedImage target =
        new BufferedImage(gray.width(), gray.height(), BufferedImage.TYPE_BYTE_BINARY);
    float[] samples = gray.samples();
    int[] bits = new int[samples.length];
    for (int i = 0; i < samples.length; i++) {
      bits[i] = samples[i] >= BITONAL_THRESHOLD ? 1 : 0;
    }
    target.getRaster().setPixels(0, 0, gray.width(), gray.height(), bits);
    return target;
  }
}
