/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import java.awt.Font;
import java.util.SplittableRandom;

/**
 * The typographic choices of one page: faces, sizes, spacing and paragraph style.
 *
 * @param bodyFamily logical font family of the body text
 * @param headingFamily logical font family of the title and headings
 * @param bodyPoints body text size in points
 * @param pixelsPerPoint the resolution, dpi / 72
 * @param lineSpacing line height as a multiple of the font's own
 * @param justified whether paragraph lines are justified (else ragged right)
 * @param indentParagraphs whether paragraphs start with an indent (else a gap separates them)
 * @param numberedHeadings whether headings are numbered
 */
record PageStyle(
    String bodyFamily,
    String headingFamily,
    float bodyPoints,
    float pixelsPerPoint,
    float lineSpacing,
    boolean justified,
    boolean indentParagraphs,
    boolean numberedHeadings) {
  /** The JVM's logical families: present on every Java platform, so pages render anywhere. */
  static final String[] FAMILIES = {
    Font.SERIF, Font.SANS_SERIF, Font.MONOSPACED, Font.DIALOG, Font.DIALOG_INPUT
  };

  private static final float POINTS_PER_INCH = 72f;
  private static final float MIN_BODY_POINTS = 8f;
  private static final float MAX_BODY_POINTS = 13f;
  private static final float MIN_SPACING = 1.0f;
  private static final float MAX_SPACING = 1.5f;
  private static final float[] HEADING_SCALES = {2.0f, 1.4f, 1.15f};

  /** A style drawn from {@code rng} for a page at {@code dpi}. */
  static PageStyle random(SplittableRandom rng, int dpi) {
    return new PageStyle(
        FAMILIES[rng.nextInt(FAMILIES.length)],
        FAMILIES[rng.nextInt(FAMILIES.length)],
        MIN_BODY_POINTS + (MAX_BODY_POINTS - MIN_BODY_POINTS) * (float) rng.nextDouble(),
        dpi / POINTS_PER_INCH,
        MIN_SPACING + (MAX_SPACING - MIN_SPACING) * (float) rng.nextDouble(),
        rng.nextBoolean(),
        rng.nextBoolean(),
        rng.nextBoolean());
  }

  /** The body font in a style ({@link Font#PLAIN}, {@link Font#BOLD}, {@link Font#ITALIC}). */
  Font bodyFont(int fontStyle) {
    return new Font(bodyFamily, fontStyle, 1).deriveFont(bodyPoints * pixelsPerPoint);
  }

  /** The heading font of a level: 0 the title, 1 a section, 2 a subsection. */
  Font headingFont(int level) {
    return new Font(headingFamily, Font.BOLD, 1)
        .deriveFont(bodyPoints * HEADING_SCALES[level] * pixelsPerPoint);
  }
}
