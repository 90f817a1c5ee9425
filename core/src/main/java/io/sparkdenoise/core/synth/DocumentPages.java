/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import io.sparkdenoise.core.image.Image;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.SplittableRandom;

/**
 * Clean document pages, as a perfect scanner would see them: generated text (see {@link
 * FillerText}; no corpus) rendered with the JVM's logical fonts, and any {@link FontFiles} given,
 * in varied faces and sizes, with a title, headings, paragraphs, lists, ruled tables, one or two
 * columns, margins and a page number, dark ink on light paper. Gray, samples in [0, 1] (paper 0.94
 * to 1, ink 0 to 0.2, anti-aliased edges in between, or other {@link PageTones}), one channel,
 * row-major. {@link #renderWithText} also gives the text drawn, the page's ground truth for OCR.
 *
 * <p>Page {@code i} depends only on (seed, i, dpi, width, height, font files): the same call gives
 * the same pixels on any machine with the same logical fonts. Runs headless. Instances are
 * immutable and thread-safe.
 *
 * @param seed the corpus seed
 * @param dpi the resolution in dots per inch, in [72, 600]: font sizes are in points, so text is
 *     {@code dpi / 72} pixels per point
 * @param width page width in pixels, at least 32 (a crop of a page for tests, or see {@link #of})
 * @param height page height in pixels, at least 32
 * @param tones the ranges paper and ink tones are drawn from, per page
 * @param fonts font files drawn from besides the logical fonts ({@link FontFiles#NONE}: none)
 */
public record DocumentPages(
    long seed, int dpi, int width, int height, PageTones tones, FontFiles fonts) {
  /** Lowest resolution accepted. */
  public static final int MIN_DPI = 72;

  /** Highest resolution accepted. */
  public static final int MAX_DPI = 600;

  /** Smallest page side in pixels. */
  public static final int MIN_SIDE = 32;

  private static final double MIN_SIDE_MARGIN = 0.06;
  private static final double MAX_SIDE_MARGIN = 0.13;
  private static final double MIN_TOP_MARGIN = 0.05;
  private static final double MAX_TOP_MARGIN = 0.10;
  private static final double TWO_COLUMN_MIN_INCHES = 6;
  private static final double TWO_COLUMN_SHARE = 0.3;
  private static final double GUTTER_INCHES = 0.3;
  private static final int MISSES_PER_COLUMN = 3;
  private static final int MAX_BLOCKS = 10_000;
  private static final int WHITE = 255;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** Checks the resolution and size. */
  public DocumentPages {
    if (tones == null || fonts == null) {
      throw new IllegalArgumentException("page tones and fonts must be given");
    }
    if (dpi < MIN_DPI || dpi > MAX_DPI) {
      throw new IllegalArgumentException("dpi must be in [72, 600], got " + dpi);
    }
    if (width < MIN_SIDE || height < MIN_SIDE) {
      throw new IllegalArgumentException(
          "page width and height must be at least 32 pixels, got " + width + "x" + height);
    }
  }

  /** Pages in the logical fonts. */
  public DocumentPages(long seed, int dpi, int width, int height, PageTones tones) {
    this(seed, dpi, width, height, tones, FontFiles.NONE);
  }

  /** Pages in the {@link PageTones#SCANNED} tones and the logical fonts. */
  public DocumentPages(long seed, int dpi, int width, int height) {
    this(seed, dpi, width, height, PageTones.SCANNED);
  }

  /** Whole pages of a standard paper size at {@code dpi}, e.g. A4 at 300 dpi is 2480 x 3508. */
  public static DocumentPages of(long seed, PaperSize paper, int dpi) {
    return of(seed, paper, dpi, PageTones.SCANNED);
  }

  /** Whole pages of a standard paper size at {@code dpi} in the given tones. */
  public static DocumentPages of(long seed, PaperSize paper, int dpi, PageTones tones) {
    return new DocumentPages(seed, dpi, paper.widthPixels(dpi), paper.heightPixels(dpi), tones);
  }

  /** The same pages drawn also in {@code files}' families. */
  public DocumentPages withFonts(FontFiles files) {
    return new DocumentPages(seed, dpi, width, height, tones, files);
  }

  /** Page {@code index} (0-based), named {@code page-<index>}. */
  public Image render(int index) {
    return renderWithText(index).image();
  }

  /** Page {@code index} (0-based), named {@code page-<index>}, with the text drawn on it. */
  public RenderedPage renderWithText(int index) {
    SplittableRandom rng = new SplittableRandom(seed ^ (GOLDEN * (index + 1L)));
    double paper = tones.paper(rng.nextDouble());
    double ink = tones.ink(rng.nextDouble());
    BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = canvas.createGraphics();
    String text;
    try {
      setUp(g);
      text = lay(g, rng, index);
    } finally {
      g.dispose();
    }
    byte[] coverage = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
    float[] samples = new float[width * height];
    for (int i = 0; i < samples.length; i++) {
      double inked = 1 - (coverage[i] & 0xff) / (double) WHITE;
      samples[i] = (float) (paper - (paper - ink) * inked);
    }
    return new RenderedPage(Image.of("page-" + index, height, width, Image.GRAY, samples), text);
  }

  private void setUp(Graphics2D g) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  /**
   * Margins, an optional title, one or two columns of blocks, an optional page number; returns the
   * text drawn.
   */
  private String lay(Graphics2D g, SplittableRandom rng, int index) {
    int side = (int) (width * between(rng, MIN_SIDE_MARGIN, MAX_SIDE_MARGIN));
    int topMargin = (int) (height * between(rng, MIN_TOP_MARGIN, MAX_TOP_MARGIN));
    int x0 = side;
    int x1 = width - side;
    int y1 = height - topMargin;
    PageLayout layout =
        new PageLayout(g, rng, new FillerText(rng.split()), PageStyle.random(rng, dpi, fonts));
    layout.column(x0, topMargin, x1, y1);
    int top = topMargin;
    if (rng.nextDouble() < 0.6 && layout.title()) {
      top = layout.top();
    }
    boolean two =
        (double) width / dpi >= TWO_COLUMN_MIN_INCHES && rng.nextDouble() < TWO_COLUMN_SHARE;
    int gutter = (int) (GUTTER_INCHES * dpi);
    int columnWidth = two ? (x1 - x0 - gutter) / 2 : x1 - x0;
    for (int c = 0; c < (two ? 2 : 1); c++) {
      int left = x0 + c * (columnWidth + gutter);
      layout.column(left, top, left + columnWidth, y1);
      fill(layout);
    }
    if (rng.nextBoolean()) {
      layout.column(x0, top, x1, y1);
      layout.footer(index + 1, height - topMargin / 2);
    }
    return layout.transcript();
  }

  private static void fill(PageLayout layout) {
    int misses = 0;
    for (int blocks = 0; blocks < MAX_BLOCKS && misses < MISSES_PER_COLUMN; blocks++) {
      if (!layout.block()) {
        misses++;
      }
    }
  }

  private static double between(SplittableRandom rng, double low, double high) {
    return low + (high - low) * rng.nextDouble();
  }
}
