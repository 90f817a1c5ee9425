/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.RowSink;
import io.sparkdenoise.core.codec.RowSource;
import io.sparkdenoise.core.image.Image;
import java.util.Arrays;

/**
 * A {@link RowSource} that shows every page row once, in order, to an observer as the bands go by
 * (a noise estimate, a whole page being assembled): bands overlap, so only the rows below the last
 * one shown are passed on.
 */
final class ObservedRows extends ForwardingRows {
  private final RowSink observer;
  private int shown;

  ObservedRows(RowSource source, RowSink observer) {
    super(source);
    this.observer = observer;
  }

  @Override
  public Image rows(int from, int to) throws ImageDecodeException {
    Image band = super.rows(from, to);
    if (to > shown) {
      if (from > shown) {
        throw new IllegalStateException("rows " + shown + ".." + from + " were skipped");
      }
      int row = width() * channels();
      float[] fresh = Arrays.copyOfRange(band.samples(), (shown - from) * row, (to - from) * row);
      observer.write(shown, Image.of(id(), to - shown, width(), channels(), fresh));
      shown = to;
    }
    return band;
  }
}
