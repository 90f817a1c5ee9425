/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.image;

/**
 * Mirror reflection about an image's edges, without repeating the edge sample ({@code ... 2 1 0 1 2
 * ...} at the start, as numpy's {@code 'reflect'} and scipy's {@code 'mirror'} modes): how pixels
 * outside a page are made up where a filter or a network needs them, so that a page's edge looks
 * like more of the page rather than a black frame.
 */
public final class Mirror {
  private Mirror() {}

  /** Index {@code i}, any integer, reflected into {@code [0, n)}; {@code n} at least 1. */
  public static int index(int i, int n) {
    if (n == 1) {
      return 0;
    }
    int period = 2 * (n - 1);
    int r = Math.floorMod(i, period);
    return r < n ? r : period - r;
  }

  /**
   * Rows {@code [from, to)} and columns {@code [-pad, width + pad)} of {@code image} extended by
   * reflection, as an image of {@code to - from} rows and {@code width + 2 pad} columns; {@code
   * from} may be negative and {@code to} beyond the last row.
   */
  public static Image extend(Image image, int from, int to, int pad) {
    int w = image.width();
    int c = image.channels();
    int outWidth = w + 2 * pad;
    float[] in = image.samples();
    float[] out = new float[(to - from) * outWidth * c];
    int[] columns = new int[outWidth];
    for (int x = 0; x < outWidth; x++) {
      columns[x] = index(x - pad, w);
    }
    for (int y = from; y < to; y++) {
      int src = index(y, image.height()) * w;
      int dst = (y - from) * outWidth;
      for (int x = 0; x < outWidth; x++) {
        System.arraycopy(in, (src + columns[x]) * c, out, (dst + x) * c, c);
      }
    }
    return Image.of(image.id(), to - from, outWidth, c, out);
  }
}
