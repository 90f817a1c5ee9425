/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.RowSource;
import io.sparkdenoise.core.filter.Boundary;
import io.sparkdenoise.core.image.Image;

/**
 * A page extended by {@code pad} pixels on every side with its mirror image ({@link
 * Boundary#mirror}), read in bands like the page itself: band rows map back to page rows by
 * reflection, and one band of the page is read for each band asked for. Rows asked for top to
 * bottom are read from the page top to bottom, as {@link RowSource} promises, as long as a band is
 * taller than {@code 2 pad}.
 */
final class MirroredRows implements RowSource {
  private final RowSource page;
  private final int pad;

  MirroredRows(RowSource page, int pad) {
    this.page = page;
    this.pad = pad;
  }

  @Override
  public String id() {
    return page.id();
  }

  @Override
  public int height() {
    return page.height() + 2 * pad;
  }

  @Override
  public int width() {
    return page.width() + 2 * pad;
  }

  @Override
  public int channels() {
    return page.channels();
  }

  @Override
  public Image rows(int from, int to) throws ImageDecodeException {
    int h = page.height();
    int first = h;
    int last = -1;
    for (int r = from; r < to; r++) {
      int source = Boundary.mirror(r - pad, h);
      first = Math.min(first, source);
      last = Math.max(last, source);
    }
    Image band = page.rows(first, last + 1);
    int w = page.width();
    int c = page.channels();
    int outWidth = w + 2 * pad;
    float[] in = band.samples();
    float[] out = new float[(to - from) * outWidth * c];
    for (int r = from; r < to; r++) {
      int src = (Boundary.mirror(r - pad, h) - first) * w;
      int dst = (r - from) * outWidth;
      for (int x = 0; x < outWidth; x++) {
        System.arraycopy(in, (src + Boundary.mirror(x - pad, w)) * c, out, (dst + x) * c, c);
      }
    }
    return Image.of(page.id(), to - from, outWidth, c, out);
  }
}
