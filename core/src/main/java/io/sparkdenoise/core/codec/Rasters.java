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

  /**
   * Quantises {@code band} into rows {@code [from, from + band.height())} of {@code target}, made
   * by {@link #blank} with the same options: bitonal targets get white where the gray sample is at
   * least 0.5, the others {@link #quantise}.
   */
  static void fill(BufferedImage target, int from, Image band, EncodeOptions options) {
    float[] samples = options.bitonal() ? band.toGray().samples() : band.samples();
    int[] quantised = new int[samples.length];
    if (options.bitonal()) {
      for (int i = 0; i < samples.length; i++) {
        quantised[i] = samples[i] >= BITONAL_THRESHOLD ? 1 : 0;
      }
    } else {
      int max = (1 << options.bitsPerSample()) - 1;
      for (int i = 0; i < samples.length; i++) {
        quantised[i] = quantise(samples[i], max);
      }
    }
    target.getRaster().setPixels(0, from, band.width(), band.height(), quantised);
  }

  /** {@code round(x * max)} clamped to [0, max]; NaN becomes 0. */
  static int quantise(float x, int max) {
    long q = Math.round((double) x * max);
    return (int) Math.max(0, Math.min(max, q));
  }

  /**
   * An all-black image of {@code height x width} at the options' stored depth: 1 bit per pixel for
   * bitonal options, 1 or 2 bytes per sample otherwise.
   */
  static BufferedImage blank(int height, int width, int channels, EncodeOptions options) {
    int w = width;
    int h = height;
    if (options.bitonal()) {
      return new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
    }
    boolean wide = options.bitsPerSample() > Byte.SIZE;
    boolean palette = options.format() == ImageFormat.BMP || options.format() == ImageFormat.GIF;
    if (channels == Image.GRAY) {
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
}
