/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.Denoiser;
import java.util.Arrays;

/**
 * The 3x3 median filter, named {@code median3x3}: scipy.ndimage.median_filter(image, size=3,
 * mode='reflect') on each channel separately. Every output sample is one of its input samples, so
 * the result is exact. Thread-safe.
 */
public final class MedianFilter implements Denoiser {
  /** The method name in metrics tables. */
  public static final String NAME = "median3x3";

  private static final int SIZE = 3;
  private static final int RADIUS = SIZE / 2;
  private static final int MIDDLE = SIZE * SIZE / 2;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Image denoise(Image noisy) {
    return PerChannel.apply(noisy, MedianFilter::medianPlane);
  }

  private static double[] medianPlane(double[] plane, int height, int width) {
    double[] out = new double[plane.length];
    double[] window = new double[SIZE * SIZE];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int n = 0;
        for (int dy = -RADIUS; dy <= RADIUS; dy++) {
          int row = Boundary.reflect(y + dy, height) * width;
          for (int dx = -RADIUS; dx <= RADIUS; dx++) {
            window[n++] = plane[row + Boundary.reflect(x + dx, width)];
          }
        }
        Arrays.sort(window);
        out[y * width + x] = window[MIDDLE];
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
