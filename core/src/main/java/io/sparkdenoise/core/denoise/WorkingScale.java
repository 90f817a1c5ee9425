/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import java.io.Serializable;
import java.util.OptionalDouble;

/**
 * The resolution a page is denoised at. A network sees strokes as wide as the pages it was trained
 * on: the built-in model learnt text from 100 to 300 dpi, and at 600 dpi it takes the inside of a
 * 25-pixel stroke for a stain and clears it. So a page whose recorded resolution is well above the
 * working resolution is denoised at 1/k of its size, k the nearest whole ratio of the two, and
 * brought back to its own size ({@link DownscaledRows}, {@link UpscalingSink}); a page that records
 * no resolution, or one near the working one, is denoised as it is. So is a page less than {@value
 * #MIN_INCHES} inches across on its shorter side at its recorded resolution: no scan is that small,
 * so its resolution tag is wrong (a 540-pixel image tagged 600 dpi). Immutable and serializable.
 *
 * @param workingDpi the resolution the network works best at, or 0 to denoise every page at its own
 */
public record WorkingScale(double workingDpi) implements Serializable {
  /** Denoise every page at its own resolution. */
  public static final WorkingScale OFF = new WorkingScale(0);

  /** The shorter side, in inches at the recorded resolution, below which a tag is not believed. */
  public static final double MIN_INCHES = 2;

  private static final long serialVersionUID = 1L;

  /** Checks the resolution. */
  public WorkingScale {
    if (!(workingDpi >= 0) || Double.isInfinite(workingDpi)) {
      throw new IllegalArgumentException(
          "the working resolution must be >= 0 dpi (0: off), got " + workingDpi);
    }
  }

  /**
   * The factor a page of {@code width} x {@code height} pixels and resolution {@code dpi} is shrunk
   * by: the nearest whole number to {@code dpi / workingDpi}, at least 1; 1 when off, when the page
   * records no resolution or when its tag is not believed (see above).
   */
  public int factor(OptionalDouble dpi, int width, int height) {
    if (workingDpi == 0 || dpi.isEmpty() || !(dpi.getAsDouble() > 0)) {
      return 1;
    }
    if (Math.min(width, height) < MIN_INCHES * dpi.getAsDouble()) {
      return 1;
    }
    return (int) Math.max(1, Math.round(dpi.getAsDouble() / workingDpi));
  }
}
