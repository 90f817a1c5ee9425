/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The typographic choices of one page: faces, sizes, spacing and paragraph style.
 *
 * @param body the family of the body text
 * @param heading the family of the title and headings
 * @param bodyPoints body text size in points
 * @param pixelsPerPoint the resolution, dpi / 72
 * @param lineSpacing line height as a multiple of the font's own
 * @param justified whether paragraph lines are justified (else ragged right)
 * @param indentParagraphs whether paragraphs start with an indent (else a gap separates them)
 * @param numberedHeadings whether headings are numbered
 */
record PageStyle(
    Typeface body,
    Typeface heading,
    float bodyPoints,
    float pixelsPerPoint,
    float lineSpacing,
    boolean justified,
    boolean indentParagraphs,
    boolean numberedHeadings) {
  /** The JVM's logical families: present on every Java platform, so pages render anywhere. */
  static final List<Typeface> LOGICAL =
      List.of(
          Typeface.logical(Font.SERIF),
          Typeface.logical(Font.SANS_SERIF),
          Typeface.logical(Font.MONOSPACED),
          Typeface.logical(Font.DIALOG),
          Typeface.logical(Font.DIALOG_INPUT));

  private static final float POINTS_PER_INCH = 72f;
  private static final float MIN_BODY_POINTS = 8f;
  private static final float MAX_BODY_POINTS = 13f;
  private static final float MIN_SPACING = 1.0f;
  private static final float MAX_SPACING = 1.5f;
  private static final float[] HEADING_SCALES = {2.0f, 1.4f, 1.15f};

  /**
   * A style drawn from {@code rng} for a page at {@code dpi}, its families from the logical ones
   * and those of {@code fonts} (with no font files, the draws of the logical fonts alone).
   */
  static PageStyle random(SplittableRandom rng, int dpi, FontFiles fonts) {
    List<Typeface> families = new ArrayList<>(LOGICAL);
    families.addAll(fonts.families());
    return new PageStyle(
        families.get(rng.nextInt(families.size())),
        families.get(rng.nextInt(families.size())),
        MIN_BODY_POINTS + (MAX_BODY_POINTS - MIN_BODY_POINTS) * (float) rng.nextDouble(),
        dpi / POINTS_PER_INCH,
        MIN_SPACING + (MAX_SPACING - MIN_SPACING) * (float) rng.nextDouble(),
        rng.nextBoolean(),
        rng.nextBoolean(),
        rng.nextBoolean());
  }

  /** The body font in a style ({@link Font#PLAIN}, {@link Font#BOLD}, {@link Font#ITALIC}). */
  Font bodyFont(int fontStyle) {
    return body.font(fontStyle, bodyPoints * pixelsPerPoint);
  }

  /** The heading font of a level: 0 the title, 1 a section, 2 a subsection. */
  Font headingFont(int level) {
    return heading.font(Font.BOLD, bodyPoints * HEADING_SCALES[level] * pixelsPerPoint);
  }
}
