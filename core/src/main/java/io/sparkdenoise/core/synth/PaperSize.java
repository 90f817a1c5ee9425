/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Standard paper sizes, portrait, and their size in pixels at a resolution. */
public enum PaperSize {
  /** ISO A4, 210 x 297 mm: 2480 x 3508 pixels at 300 dpi. */
  A4("a4", 210, 297),
  /** US Letter, 8.5 x 11 in (215.9 x 279.4 mm): 2550 x 3300 pixels at 300 dpi. */
  LETTER("letter", 215.9, 279.4);

  private static final double MM_PER_INCH = 25.4;

  private final String id;
  private final double widthMm;
  private final double heightMm;

  PaperSize(String id, double widthMm, double heightMm) {
    this.id = id;
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  /** The name in configs: {@code a4} or {@code letter}. */
  public String id() {
    return id;
  }

  /** Width in pixels at {@code dpi}, rounded to the nearest pixel. */
  public int widthPixels(int dpi) {
    return (int) Math.round(widthMm / MM_PER_INCH * dpi);
  }

  /** Height in pixels at {@code dpi}, rounded to the nearest pixel. */
  public int heightPixels(int dpi) {
    return (int) Math.round(heightMm / MM_PER_INCH * dpi);
  }

  /**
   * The size named {@code id} (case-insensitive).
   *
   * @throws IllegalArgumentException listing the known names when there is no such size
   */
  public static PaperSize byId(String id) {
    for (PaperSize p : values()) {
      if (p.id.equals(id.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "paper must be one of "
            + Arrays.stream(values()).map(PaperSize::id).collect(Collectors.joining(", "))
            + ", got "
            + id);
  }
}
