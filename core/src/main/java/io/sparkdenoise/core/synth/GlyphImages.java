/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import io.sparkdenoise.core.codec.LabeledImage;
import io.sparkdenoise.core.image.Image;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * MNIST-like images of digits and letters, white on black, rendered with the JVM's logical fonts
 * (Serif, SansSerif, Monospaced, Dialog, DialogInput, every style) at varied sizes, stroke widths,
 * slants and positions. Image {@code i} depends only on (seed, i, size): the same call gives the
 * same pixels on any machine with the same fonts. The label is the character's index in {@link
 * #ALPHABET}. Runs headless; instances are immutable and thread-safe.
 *
 * @param seed the dataset's seed
 * @param size side of the square images in pixels, at least 16
 */
public record GlyphImages(long seed, int size) {
  /** The characters drawn: the ten digits, then the upper- and lower-case Latin letters. */
  public static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private static final String[] FAMILIES = {
    Font.SERIF, Font.SANS_SERIF, Font.MONOSPACED, Font.DIALOG, Font.DIALOG_INPUT
  };
  private static final int MIN_SIZE = 16;
  private static final double MIN_FILL = 0.55;
  private static final double MAX_FILL = 0.85;
  private static final double MAX_SHEAR = 0.25;
  private static final double MAX_STROKE = 0.06;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** Checks the size. */
  public GlyphImages {
    if (size < MIN_SIZE) {
      throw new IllegalArgumentException("glyph image size must be at least 16, got " + size);
    }
  }

  /** Image {@code index} (0-based) with its label, named {@code glyph-<index>}. */
  public LabeledImage render(int index) {
    SplittableRandom rng = new SplittableRandom(seed ^ (GOLDEN * (index + 1L)));
    int label = rng.nextInt(ALPHABET.length());
    Font font =
        new Font(FAMILIES[rng.nextInt(FAMILIES.length)], rng.nextInt(4), 100)
            .deriveFont(
                AffineTransform.getShearInstance(-MAX_SHEAR + 2 * MAX_SHEAR * rng.nextDouble(), 0));
    BufferedImage canvas = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      Shape glyph = placed(outline(font, label), rng);
      g.fill(glyph);
      float stroke = (float) (size * MAX_STROKE * rng.nextDouble());
      if (stroke > 0.5f) {
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(glyph);
      }
    } finally {
      g.dispose();
    }
    float[] samples = new float[size * size];
    byte[] pixels = ((java.awt.image.DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (pixels[i] & 0xff) / 255f;
    }
    return new LabeledImage(Image.of("glyph-" + index, size, size, Image.GRAY, samples), label);
  }

  private static Shape outline(Font font, int label) {
    FontRenderContext frc = new FontRenderContext(null, true, true);
    GlyphVector vector = font.createGlyphVector(frc, ALPHABET.substring(label, label + 1));
    return vector.getOutline();
  }

  /** Scales the outline to fill 55-85 % of the image's height and moves it to a random spot. */
  private Shape placed(Shape outline, SplittableRandom rng) {
    Rectangle2D box = outline.getBounds2D();
    double fill = MIN_FILL + (MAX_FILL - MIN_FILL) * rng.nextDouble();
    double scale = size * fill / Math.max(box.getHeight(), box.getWidth());
    double w = box.getWidth() * scale;
    double h = box.getHeight() * scale;
    double x = (size - w) * rng.nextDouble();
    double y = (size - h) * rng.nextDouble();
    AffineTransform t = AffineTransform.getTranslateInstance(x, y);
    t.scale(scale, scale);
    t.translate(-box.getX(), -box.getY());
    return t.createTransformedShape(outline);
  }
}
