/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.image.Image;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A grid of images, e.g. clean / noisy / denoised side by side for a few examples: column titles on
 * top, a label above each row, a caption under each cell. Each image is scaled to fit a square cell
 * of {@code cellSize} pixels, by an integer factor without smoothing when it is smaller (so the
 * pixels of a 16 x 16 image stay visible) and smoothly when it is larger. A missing cell (an output
 * that was not kept) is drawn as a grey box marked n/a. Text is drawn as pixels and cut to fit, so
 * no text from data can do more than show. Immutable and thread-safe.
 *
 * @param columns the column titles; at least one
 * @param rows the rows; at least one, each with one cell per column
 * @param cellSize the side of a cell in pixels, in [{@value #CELL_MIN}, {@value #CELL_MAX}]
 */
public record ImageGrid(List<String> columns, List<Row> rows, int cellSize) implements Figure {
  /** The smallest cell side in pixels. */
  public static final int CELL_MIN = 16;

  /** The largest cell side in pixels. */
  public static final int CELL_MAX = 1024;

  private static final int PAD = 8;
  private static final Color MISSING = new Color(224, 224, 224);
  private static final String ELLIPSIS = "…";

  /**
   * One row of the grid.
   *
   * @param label the text above the row, e.g. an image id
   * @param cells one cell per column
   */
  public record Row(String label, List<Cell> cells) {
    /** Copies the cells. */
    public Row {
      Objects.requireNonNull(label, "label");
      cells = List.copyOf(cells);
    }
  }

  /**
   * One cell of the grid.
   *
   * @param image the image, empty when there is none to show
   * @param caption the text under the image, e.g. its PSNR
   */
  public record Cell(Optional<Image> image, String caption) {
    /** Checks the fields. */
    public Cell {
      Objects.requireNonNull(image, "image");
      Objects.requireNonNull(caption, "caption");
    }
  }

  /** Checks the shape and copies the lists. */
  public ImageGrid {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    if (columns.isEmpty() || rows.isEmpty()) {
      throw new IllegalArgumentException(
          "an image grid needs a column and a row, got "
              + columns.size()
              + " columns and "
              + rows.size()
              + " rows");
    }
    for (Row row : rows) {
      if (row.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            "row '"
                + row.label()
                + "' has "
                + row.cells().size()
                + " cells for "
                + columns.size()
                + " columns");
      }
    }
    if (cellSize < CELL_MIN || cellSize > CELL_MAX) {
      throw new IllegalArgumentException(
          "cell size must be in [" + CELL_MIN + ", " + CELL_MAX + "], got " + cellSize);
    }
  }

  /** The grid as PNG bytes at its natural size ({@link #width()} x {@link #height()}). */
  public byte[] png() {
    return PngFigures.png(this, width(), height());
  }

  /** The natural width in pixels: the cells and the padding between them. */
  public int width() {
    return PAD + columns.size() * (cellSize + PAD);
  }

  /** The natural height in pixels: the titles, and per row its label, cells and captions. */
  public int height() {
    return PAD + line() + rows.size() * rowHeight();
  }

  /** Draws the grid at its natural size from the box's top left corner, on white. */
  @Override
  public void draw(Graphics2D g, int width, int height) {
    Font font = font();
    int line = line();
    g.setColor(PlotStyle.BACKGROUND);
    g.fillRect(0, 0, width, height);
    g.setFont(font);
    g.setColor(PlotStyle.TEXT);
    for (int c = 0; c < columns.size(); c++) {
      centred(g, columns.get(c), x(c), PAD + line - g.getFontMetrics().getDescent());
    }
    for (int r = 0; r < rows.size(); r++) {
      drawRow(g, rows.get(r), PAD + line + r * rowHeight(), line, width());
    }
  }

  private int rowHeight() {
    return line() + cellSize + line() + PAD;
  }

  private static Font font() {
    return PlotStyle.labelFont();
  }

  private static int line() {
    return lineHeight(font());
  }

  private void drawRow(Graphics2D g, Row row, int top, int line, int width) {
    FontMetrics metrics = g.getFontMetrics();
    g.setColor(PlotStyle.TEXT);
    g.drawString(
        fit(row.label(), width - 2 * PAD, metrics), PAD, top + line - metrics.getDescent());
    int imageTop = top + line;
    for (int c = 0; c < row.cells().size(); c++) {
      Cell cell = row.cells().get(c);
      if (cell.image().isPresent()) {
        drawImage(g, toBuffered(cell.image().get()), x(c), imageTop);
      } else {
        g.setColor(MISSING);
        g.fillRect(x(c), imageTop, cellSize, cellSize);
        g.setColor(Color.DARK_GRAY);
        centred(g, "n/a", x(c), imageTop + cellSize / 2);
      }
      g.setColor(PlotStyle.TEXT);
      centred(g, cell.caption(), x(c), imageTop + cellSize + line - metrics.getDescent());
    }
  }

  private void drawImage(Graphics2D g, BufferedImage image, int left, int top) {
    int side = Math.max(image.getWidth(), image.getHeight());
    double scale =
        side <= cellSize ? Math.floor((double) cellSize / side) : (double) cellSize / side;
    int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION,
        scale >= 1
            ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
            : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, left + (cellSize - w) / 2, top + (cellSize - h) / 2, w, h, null);
  }

  private int x(int column) {
    return PAD + column * (cellSize + PAD);
  }

  private void centred(Graphics2D g, String text, int left, int baseline) {
    FontMetrics metrics = g.getFontMetrics();
    String shown = fit(text, cellSize + PAD, metrics);
    g.drawString(shown, left + (cellSize - metrics.stringWidth(shown)) / 2, baseline);
  }

  /** {@code text} on one line, cut with an ellipsis to at most {@code width} pixels. */
  static String fit(String text, int width, FontMetrics metrics) {
    String oneLine = text.replaceAll("\\s+", " ");
    if (metrics.stringWidth(oneLine) <= width) {
      return oneLine;
    }
    int end = oneLine.length();
    while (end > 0 && metrics.stringWidth(oneLine.substring(0, end) + ELLIPSIS) > width) {
      end--;
    }
    return oneLine.substring(0, end) + ELLIPSIS;
  }

  /** The height of one line of text in {@code font}, with a little space. */
  static int lineHeight(Font font) {
    Headless.require();
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = probe.createGraphics();
    try {
      return g.getFontMetrics(font).getHeight() + 2;
    } finally {
      g.dispose();
    }
  }

  /** The image at 8 bits per sample, through the codec's own PNG conversion. */
  private static BufferedImage toBuffered(Image image) {
    byte[] png = ImageCodec.encode(image, EncodeOptions.png());
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back the PNG of " + image.id(), e);
    }
  }
}
