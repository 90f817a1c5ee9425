/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import java.awt.Font;

/**
 * One font family pages are drawn in, with a face for each of plain, bold, italic and bold italic:
 * either one of the JVM's logical families or a family loaded from font files ({@link FontFiles}),
 * whose styles missing from the files are slanted or emboldened from its plain face by Java2D.
 */
final class Typeface {
  private static final int STYLES = 4;

  private final String name;
  private final Font[] faces;

  private Typeface(String name, Font[] faces) {
    this.name = name;
    this.faces = faces;
  }

  /** A logical family ({@link Font#SERIF}, ...): Java2D picks the face of each style. */
  static Typeface logical(String family) {
    Font[] faces = new Font[STYLES];
    for (int style = 0; style < STYLES; style++) {
      faces[style] = new Font(family, style, 1);
    }
    return new Typeface(family, faces);
  }

  /**
   * A family from loaded fonts indexed by style ({@link Font#PLAIN} to {@code BOLD | ITALIC}),
   * nulls where the files have no such face; {@code faces[PLAIN]} must be given.
   */
  static Typeface loaded(String name, Font[] faces) {
    Font plain = faces[Font.PLAIN];
    Font[] all = new Font[STYLES];
    for (int style = 0; style < STYLES; style++) {
      all[style] = faces[style] != null ? faces[style] : plain.deriveFont(style);
    }
    return new Typeface(name, all);
  }

  /** The face of {@code style} at {@code pixels} per em. */
  Font font(int style, float pixels) {
    return faces[style].deriveFont(pixels);
  }

  /** The family's name. */
  String name() {
    return name;
  }
}
