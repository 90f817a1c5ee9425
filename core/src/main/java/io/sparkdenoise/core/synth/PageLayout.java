/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays out blocks of a page top to bottom in one column box, black on white: headings, paragraphs
 * (ragged or justified, first-line indents or gaps), bulleted and numbered lists, ruled tables and
 * horizontal rules. A block that does not fit in what is left of the column is not drawn, and ends
 * the column. Sizes are in points (1/72 inch) scaled by the resolution. Not thread-safe.
 */
final class PageLayout {
  /** Share of the line height between paragraphs when they are not indented. */
  private static final float PARAGRAPH_GAP = 0.6f;

  private static final float HEADING_GAP_BEFORE = 1.0f;
  private static final float HEADING_GAP_AFTER = 0.4f;
  private static final float INDENT_EMS = 1.5f;
  private static final float LIST_INDENT_EMS = 2.2f;
  private static final float ROW_HEIGHT = 1.5f;
  private static final float CELL_PADDING_EMS = 0.4f;
  private static final float THIN_RULE_PT = 0.5f;
  private static final float THICK_RULE_PT = 1.2f;
  private static final char BULLET = '\u2022';

  private final Graphics2D g;
  private final SplittableRandom rng;
  private final FillerText text;
  private final PageStyle style;
  private int left;
  private int right;
  private int bottom;
  private float top;
  private int headings;
  private final StringBuilder transcript = new StringBuilder();

  PageLayout(Graphics2D g, SplittableRandom rng, FillerText text, PageStyle style) {
    this.g = g;
    this.rng = rng;
    this.text = text;
    this.style = style;
  }

  /**
   * Every line of text drawn so far, in reading order (title, then each column's blocks from the
   * top, then the page number), one per line, words separated by single spaces; table rows give
   * their cells in order, list items start with their marker.
   */
  String transcript() {
    return transcript.toString();
  }

  /** Starts a column box; blocks go from its top down. */
  void column(int x0, int y0, int x1, int y1) {
    left = x0;
    right = x1;
    top = y0;
    bottom = y1;
  }

  /** The cursor: where the next block starts. */
  int top() {
    return (int) Math.ceil(top);
  }

  /** Draws one block chosen at random; false when it did not fit (the column is full). */
  boolean block() {
    double r = rng.nextDouble();
    if (r < 0.5) {
      return paragraph();
    } else if (r < 0.64) {
      return heading(style.headingFont(1 + rng.nextInt(2)));
    } else if (r < 0.8) {
      return list();
    } else if (r < 0.95) {
      return table();
    }
    return rule();
  }

  /** A large centred title, optionally with a date line under it. */
  boolean title() {
    Font font = style.headingFont(0);
    String line = text.title(2, 6);
    float width = width(line, font);
    if (width > right - left) {
      line = text.title(1, 2);
      width = width(line, font);
    }
    boolean drawn = drawCentred(line, font, width);
    if (drawn && rng.nextBoolean()) {
      String date = text.word() + " " + text.year();
      drawCentred(date, style.bodyFont(Font.ITALIC), width(date, style.bodyFont(Font.ITALIC)));
    }
    top += lineHeight(style.bodyFont(Font.PLAIN));
    return drawn;
  }

  /** A page number centred under the column box. */
  void footer(int pageNumber, int y) {
    Font font = style.bodyFont(Font.PLAIN);
    String number = Integer.toString(pageNumber);
    g.setFont(font);
    g.drawString(number, (left + right - width(number, font)) / 2f, y);
    transcript.append(number).append('\n');
  }

  private boolean heading(Font font) {
    headings++;
    String label = text.title(1, 5);
    if (style.numberedHeadings()) {
      label = headings + ". " + label;
    }
    float gap = lineHeight(style.bodyFont(Font.PLAIN));
    if (!fits(gap * HEADING_GAP_BEFORE + lineHeight(font) * 2)) {
      return false;
    }
    top += gap * HEADING_GAP_BEFORE;
    List<List<String>> lines = wrap(List.of(label.split(" ")), font, right - left, 0);
    for (List<String> line : lines) {
      drawLine(line, font, left, right, false);
    }
    top += gap * HEADING_GAP_AFTER;
    return true;
  }

  private boolean paragraph() {
    Font font = style.bodyFont(Font.PLAIN);
    float indent = style.indentParagraphs() ? INDENT_EMS * font.getSize2D() : 0;
    List<List<String>> lines = wrap(text.sentences(1 + rng.nextInt(6)), font, right - left, indent);
    if (!fits(lineHeight(font) * Math.min(2, lines.size()))) {
      return false;
    }
    for (int i = 0; i < lines.size() && fits(lineHeight(font)); i++) {
      boolean last = i == lines.size() - 1;
      drawLine(lines.get(i), font, left + (i == 0 ? indent : 0), right, style.justified() && !last);
    }
    if (!style.indentParagraphs()) {
      top += lineHeight(font) * PARAGRAPH_GAP;
    }
    return true;
  }

  private boolean list() {
    Font font = style.bodyFont(Font.PLAIN);
    int items = 2 + rng.nextInt(5);
    boolean numbered = rng.nextBoolean();
    float indent = LIST_INDENT_EMS * font.getSize2D();
    if (!fits(lineHeight(font) * 2)) {
      return false;
    }
    for (int item = 1; item <= items && fits(lineHeight(font)); item++) {
      String marker =
          numbered ? item + "." : font.canDisplay(BULLET) ? String.valueOf(BULLET) : "-";
      g.setFont(font);
      g.drawString(marker, left + indent * 0.3f, top + ascent(font));
      transcript.append(marker).append(' ');
      List<List<String>> lines = wrap(text.sentences(1), font, right - left - indent, 0);
      for (int i = 0; i < lines.size() && fits(lineHeight(font)); i++) {
        drawLine(lines.get(i), font, left + indent, right, false);
      }
    }
    top += lineHeight(font) * PARAGRAPH_GAP;
    return true;
  }

  private boolean table() {
    Font body = style.bodyFont(Font.PLAIN);
    Font header = style.bodyFont(Font.BOLD);
    int cols = 2 + rng.nextInt(4);
    int rows = 3 + rng.nextInt(8);
    float rowHeight = lineHeight(body) * ROW_HEIGHT;
    if (!fits(rowHeight * (rows + 1))) {
      return false;
    }
    TableRules rules = TableRules.values()[rng.nextInt(TableRules.values().length)];
    float x0 = left;
    float cellWidth = (float) (right - left) / cols;
    float pad = CELL_PADDING_EMS * body.getSize2D();
    float y0 = top;
    for (int r = 0; r < rows; r++) {
      Font font = r == 0 ? header : body;
      g.setFont(font);
      float baseline = top + (rowHeight + ascent(font) - descent(font)) / 2;
      for (int c = 0; c < cols; c++) {
        String cell =
            fitted(
                r == 0 ? FillerText.capitalised(text.word()) : text.cell(),
                font,
                cellWidth - 2 * pad);
        g.drawString(cell, x0 + c * cellWidth + pad, baseline);
        transcript.append(c == 0 ? "" : " ").append(cell);
      }
      transcript.append('\n');
      top += rowHeight;
    }
    drawRules(rules, x0, y0, cellWidth, rowHeight, cols, rows);
    top += lineHeight(body) * PARAGRAPH_GAP;
    return true;
  }

  private void drawRules(
      TableRules rules, float x0, float y0, float cellWidth, float rowHeight, int cols, int rows) {
    float x1 = x0 + cellWidth * cols;
    float thin = Math.max(1, THIN_RULE_PT * style.pixelsPerPoint());
    float thick = Math.max(1, THICK_RULE_PT * style.pixelsPerPoint());
    hline(x0, x1, y0, thick);
    hline(x0, x1, y0 + rowHeight, thin);
    hline(x0, x1, y0 + rowHeight * rows, thick);
    if (rules == TableRules.GRID) {
      for (int r = 2; r < rows; r++) {
        hline(x0, x1, y0 + rowHeight * r, thin);
      }
      for (int c = 0; c <= cols; c++) {
        vline(x0 + cellWidth * c, y0, y0 + rowHeight * rows, thin);
      }
    }
  }

  private boolean rule() {
    float gap = lineHeight(style.bodyFont(Font.PLAIN)) * PARAGRAPH_GAP;
    if (!fits(gap * 2)) {
      return false;
    }
    hline(left, right, top + gap, Math.max(1, THIN_RULE_PT * style.pixelsPerPoint()));
    top += gap * 2;
    return true;
  }

  private void hline(float x0, float x1, float y, float thickness) {
    g.fillRect(Math.round(x0), Math.round(y), Math.round(x1 - x0), Math.round(thickness));
  }

  private void vline(float x, float y0, float y1, float thickness) {
    g.fillRect(Math.round(x), Math.round(y0), Math.round(thickness), Math.round(y1 - y0));
  }

  private boolean drawCentred(String line, Font font, float width) {
    if (!fits(lineHeight(font))) {
      return false;
    }
    g.setFont(font);
    g.drawString(line, (left + right - width) / 2f, top + ascent(font));
    transcript.append(line).append('\n');
    top += lineHeight(font);
    return true;
  }

  /** Draws one line at the cursor and moves it down; justified lines spread their spaces. */
  private void drawLine(List<String> words, Font font, float x0, float x1, boolean justify) {
    g.setFont(font);
    float space = width(" ", font);
    if (justify && words.size() > 1) {
      float inked = 0;
      for (String w : words) {
        inked += width(w, font);
      }
      space = (x1 - x0 - inked) / (words.size() - 1);
    }
    float x = x0;
    float baseline = top + ascent(font);
    for (String w : words) {
      g.drawString(w, x, baseline);
      x += width(w, font) + space;
    }
    transcript.append(String.join(" ", words)).append('\n');
    top += lineHeight(font);
  }

  /** Greedy line breaking; the first line is shorter by {@code indent}. */
  private List<List<String>> wrap(List<String> words, Font font, float width, float indent) {
    List<List<String>> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    float used = indent;
    float space = width(" ", font);
    for (String w : words) {
      float ww = width(w, font);
      if (!line.isEmpty() && used + space + ww > width) {
        lines.add(line);
        line = new ArrayList<>();
        used = 0;
      }
      used += (line.isEmpty() ? 0 : space) + ww;
      line.add(w);
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /** {@code s}, shortened from the end until it fits in {@code width}. */
  private String fitted(String s, Font font, float width) {
    String out = s;
    while (out.length() > 1 && width(out, font) > width) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private boolean fits(float height) {
    return top + height <= bottom;
  }

  private float width(String s, Font font) {
    return (float) metrics(font).getStringBounds(s, g).getWidth();
  }

  private float lineHeight(Font font) {
    return metrics(font).getHeight() * style.lineSpacing();
  }

  private float ascent(Font font) {
    return metrics(font).getAscent();
  }

  private float descent(Font font) {
    return metrics(font).getDescent();
  }

  private FontMetrics metrics(Font font) {
    return g.getFontMetrics(font);
  }

  /** How a table is ruled. */
  private enum TableRules {
    /** Top, header and bottom rules only, as in typeset reports. */
    BOOKTABS,
    /** Every cell boxed. */
    GRID
  }
}
