/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sheet's size, portrait, and its size in pixels at a resolution: a standard paper ({@link #A4},
 * {@link #LETTER}), any size in millimetres ({@code 148x210mm}, A5), or a fixed size in pixels
 * whatever the resolution ({@code 540x420px}, a crop of a page; the resolution then only sets the
 * type size). Immutable and serializable.
 *
 * @param id the name in configs, e.g. {@code a4} or {@code 540x420px}
 * @param width width in millimetres, or in pixels when {@code pixels}
 * @param height height in millimetres, or in pixels when {@code pixels}
 * @param pixels whether the size is in pixels
 */
public record PaperSize(String id, double width, double height, boolean pixels)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** ISO A4, 210 x 297 mm: 2480 x 3508 pixels at 300 dpi. */
  public static final PaperSize A4 = new PaperSize("a4", 210, 297, false);

  /** US Letter, 8.5 x 11 in (215.9 x 279.4 mm): 2550 x 3300 pixels at 300 dpi. */
  public static final PaperSize LETTER = new PaperSize("letter", 215.9, 279.4, false);

  private static final double MM_PER_INCH = 25.4;
  private static final double MAX_MM = 2000;
  private static final int MAX_PIXELS = 65_536;
  private static final Pattern CUSTOM =
      Pattern.compile("(\\d+(?:\\.\\d+)?)x(\\d+(?:\\.\\d+)?)(mm|px)");

  /** Checks that the size is positive and at most 2 m or 65,536 pixels a side. */
  public PaperSize {
    double max = pixels ? MAX_PIXELS : MAX_MM;
    if (!(width > 0 && height > 0 && width <= max && height <= max)) {
      throw new IllegalArgumentException(
          "paper " + id + ": sides must be in (0, " + (pixels ? "65536 px" : "2000 mm") + "]");
    }
  }

  /** Width in pixels at {@code dpi}, rounded to the nearest pixel. */
  public int widthPixels(int dpi) {
    return pixels ? (int) width : (int) Math.round(width / MM_PER_INCH * dpi);
  }

  /** Height in pixels at {@code dpi}, rounded to the nearest pixel. */
  public int heightPixels(int dpi) {
    return pixels ? (int) height : (int) Math.round(height / MM_PER_INCH * dpi);
  }

  /**
   * The size named {@code id} (case-insensitive): {@code a4}, {@code letter}, {@code WxHmm} or
   * {@code WxHpx} (whole pixels).
   *
   * @throws IllegalArgumentException saying what is accepted when {@code id} is none of these
   */
  public static PaperSize byId(String id) {
    String name = id.toLowerCase(Locale.ROOT);
    if (name.equals(A4.id)) {
      return A4;
    }
    if (name.equals(LETTER.id)) {
      return LETTER;
    }
    Matcher m = CUSTOM.matcher(name);
    boolean inPixels = m.matches() && m.group(3).equals("px");
    if (!m.matches() || (inPixels && (m.group(1).contains(".") || m.group(2).contains(".")))) {
      throw new IllegalArgumentException(
          "paper must be a4, letter, WxHmm (e.g. 148x210mm) or WxHpx (e.g. 540x420px), got " + id);
    }
    return new PaperSize(
        name, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), inPixels);
  }
}
