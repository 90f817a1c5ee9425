/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.Denoiser;

/**
 * The classical clean-up of a stained or shaded page, named {@code bg_median21}: the paper's
 * background is estimated by a 21 x 21 median filter, which ignores strokes thinner than half the
 * window, and subtracted, {@code clip(x - median21(x) + 1, 0, 1)}: the paper becomes white wherever
 * the estimate is right, the strokes keep their contrast to it. As the usual scipy recipe computes
 * it ({@code scipy.ndimage.median_filter}, mode {@code 'reflect'}; the test fixtures hold its
 * output), on each channel separately.
 *
 * <p>The median is Huang's running histogram of 256 levels, so it is exact for 8-bit images (every
 * sample a multiple of 1/255) and within 1/510 otherwise; a page costs a few dozen operations per
 * pixel whatever the window. Thread-safe.
 */
public final class BackgroundSubtraction implements Denoiser {
  /** The method name in metrics tables. */
  public static final String NAME = "bg_median21";

  /** Side of the median window in pixels. */
  public static final int WINDOW = 21;

  private static final int LEVELS = 256;
  private static final int RADIUS = WINDOW / 2;
  private static final int RANK = WINDOW * WINDOW / 2;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Image denoise(Image noisy) {
    return PerChannel.apply(noisy, BackgroundSubtraction::subtract);
  }

  private static double[] subtract(double[] plane, int height, int width) {
    int[] levels = new int[plane.length];
    for (int i = 0; i < plane.length; i++) {
      levels[i] = (int) Math.round(Math.min(1, Math.max(0, plane[i])) * (LEVELS - 1));
    }
    double[] out = new double[plane.length];
    int[] rows = new int[WINDOW];
    for (int y = 0; y < height; y++) {
      for (int k = 0; k < WINDOW; k++) {
        rows[k] = Boundary.reflect(y + k - RADIUS, height) * width;
      }
      RunningMedian median = new RunningMedian();
      for (int dx = -RADIUS; dx <= RADIUS; dx++) {
        median.addColumn(levels, rows, Boundary.reflect(dx, width), 1);
      }
      for (int x = 0; x < width; x++) {
        if (x > 0) {
          median.addColumn(levels, rows, Boundary.reflect(x - 1 - RADIUS, width), -1);
          median.addColumn(levels, rows, Boundary.reflect(x + RADIUS, width), 1);
        }
        double background = median.level() / (double) (LEVELS - 1);
        out[y * width + x] = Math.min(1, Math.max(0, plane[y * width + x] - background + 1));
      }
    }
    return out;
  }

  /**
   * A histogram of the window's levels and its median (the level of the sample of rank {@code
   * RANK}, 0-based, in sorted order), kept with the count of samples below the median as the window
   * moves.
   */
  private static final class RunningMedian {
    private final int[] histogram = new int[LEVELS];
    private int median;
    private int below;

    /** Adds ({@code sign} 1) or removes (-1) one column of the window's rows. */
    void addColumn(int[] levels, int[] rows, int column, int sign) {
      for (int row : rows) {
        int v = levels[row + column];
        histogram[v] += sign;
        if (v < median) {
          below += sign;
        }
      }
    }

    /** The median level of the samples added and not removed. */
    int level() {
      while (below > RANK) {
        median--;
        below -= histogram[median];
      }
      while (below + histogram[median] <= RANK) {
        below += histogram[median];
        median++;
      }
      return median;
    }
  }

  @Override
  public String toString() {
    return NAME;
  }
}
