/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.RowSource;
import io.sparkdenoise.core.image.Image;

/** A {@link RowSource} that passes everything to another one; subclasses watch the bands. */
abstract class ForwardingRows implements RowSource {
  private final RowSource source;

  ForwardingRows(RowSource source) {
    this.source = source;
  }

  @Override
  public String id() {
    return source.id();
  }

  @Override
  public int height() {
    return source.height();
  }

  @Override
  public int width() {
    return source.width();
  }

  @Override
  public int channels() {
    return source.channels();
  }

  @Override
  public Image rows(int from, int to) throws ImageDecodeException {
    return source.rows(from, to);
  }
}
