/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Renders figures headless ({@link Headless#require()}) into RGB images and PNG bytes of an exact
 * size in pixels. Stateless and thread-safe.
 */
public final class PngFigures {
  /** The largest width or height rendered, in pixels (a 64-megapixel image is 256 MB). */
  public static final int MAX_SIDE = 8192;

  private PngFigures() {}

  /**
   * The figure drawn into a {@code width} x {@code height} RGB image.
   *
   * @throws IllegalArgumentException when a side is not in [1, {@value #MAX_SIDE}]
   * @throws IllegalStateException when AWT is not headless
   */
  public static BufferedImage render(Figure figure, int width, int height) {
    if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
      throw new IllegalArgumentException(
          "a figure's sides must be in [1, " + MAX_SIDE + "], got " + width + "x" + height);
    }
    Headless.require();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      figure.draw(g, width, height);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The figure as PNG bytes of a {@code width} x {@code height} image; see {@link #render}. */
  public static byte[] png(Figure figure, int width, int height) {
    BufferedImage image = render(figure, width, height);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("this JVM has no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing a PNG to memory failed", e);
    }
    return out.toByteArray();
  }
}
