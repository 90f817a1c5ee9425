/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import io.sparkdenoise.core.codec.RowSink;
import io.sparkdenoise.core.codec.RowSource;
import io.sparkdenoise.core.image.Image;
import java.util.Arrays;

/**
 * A page held whole in memory as a {@link RowSource}, and a {@link RowSink} that assembles a whole
 * page: what {@link TiledDenoiser#denoise(Image)} runs on, and what tests compare with.
 */
public final class ImageRows {
  private ImageRows() {}

  /** Bands of {@code image}, copied out of it. */
  public static RowSource source(Image image) {
    return new RowSource() {
      @Override
      public String id() {
        return image.id();
      }

      @Override
      public int height() {
        return image.height();
      }

      @Override
      public int width() {
        return image.width();
      }

      @Override
      public int channels() {
        return image.channels();
      }

      @Override
      public Image rows(int from, int to) {
        int row = image.width() * image.channels();
        float[] band = Arrays.copyOfRange(image.samples(), from * row, to * row);
        return Image.of(image.id(), to - from, image.width(), image.channels(), band);
      }
    };
  }

  /** A sink filling a page of {@code height x width x channels}; see {@link Page#image()}. */
  public static Page page(String id, int height, int width, int channels) {
    return new Page(id, height, width, channels);
  }

  /** A whole page assembled from bands. Not thread-safe. */
  public static final class Page implements RowSink {
    private final String id;
    private final int height;
    private final int width;
    private final int channels;
    private final float[] samples;

    private Page(String id, int height, int width, int channels) {
      this.id = id;
      this.height = height;
      this.width = width;
      this.channels = channels;
      this.samples = new float[height * width * channels];
    }

    @Override
    public void write(int from, Image band) {
      float[] rows = band.samples();
      System.arraycopy(rows, 0, samples, from * width * channels, rows.length);
    }

    /** The page; rows no band covered are 0. */
    public Image image() {
      return Image.of(id, height, width, channels, samples);
    }
  }
}
