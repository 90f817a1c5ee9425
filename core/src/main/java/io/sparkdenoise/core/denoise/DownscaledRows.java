/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.RowSource;
import io.sparkdenoise.core.image.Image;

/**
 * A page's rows at 1/k of its size: each pixel is the mean of a k x k block of the page (the blocks
 * at the bottom and right edges of a page whose size is not a multiple of k are smaller). Reads the
 * page's rows as bands, as the tiled denoiser asks for them.
 */
final class DownscaledRows implements RowSource {
  private final RowSource page;
  private final int factor;

  DownscaledRows(RowSource page, int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("the factor must be at least 1, got " + factor);
    }
    this.page = page;
    this.factor = factor;
  }

  /** {@code length} pixels at 1/factor. */
  static int shrunk(int length, int factor) {
    return (length + factor - 1) / factor;
  }

  @Override
  public String id() {
    return page.id();
  }

  @Override
  public int height() {
    return shrunk(page.height(), factor);
  }

  @Override
  public int width() {
    return shrunk(page.width(), factor);
  }

  @Override
  public int channels() {
    return page.channels();
  }

  @Override
  public Image rows(int from, int to) throws ImageDecodeException {
    int top = from * factor;
    int bottom = Math.min(page.height(), to * factor);
    Image band = page.rows(top, bottom);
    int c = channels();
    int w = page.width();
    int small = width();
    float[] in = band.samples();
    float[] sums = new float[(to - from) * small * c];
    int[] counts = new int[(to - from) * small];
    for (int y = 0; y < bottom - top; y++) {
      int sy = y / factor;
      for (int x = 0; x < w; x++) {
        int s = sy * small + x / factor;
        counts[s]++;
        for (int k = 0; k < c; k++) {
          sums[s * c + k] += in[(y * w + x) * c + k];
        }
      }
    }
    for (int s = 0; s < counts.length; s++) {
      for (int k = 0; k < c; k++) {
        sums[s * c + k] /= counts[s];
      }
    }
    return Image.of(id(), to - from, small, c, sums);
  }
}
