/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import io.sparkdenoise.core.codec.RowSink;
import io.sparkdenoise.core.image.Image;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows denoised at 1/k of the page's size ({@link DownscaledRows}), brought back to the page's size
 * by bilinear interpolation between the centres of the small pixels (edges clamped) and passed on,
 * every page row once and in order. The small rows must arrive in order, each once; a page row is
 * passed on as soon as the two small rows it lies between have arrived.
 */
final class UpscalingSink implements RowSink {
  private final RowSink page;
  private final int factor;
  private final int height;
  private final int width;
  private final int smallHeight;
  private final int smallWidth;
  private final int channels;
  private final String id;
  private float[] previous;
  private int received;
  private int emitted;

  /**
   * A sink passing rows of a page of {@code height} x {@code width} to {@code page}.
   *
   * @param factor the k the rows were shrunk by
   */
  UpscalingSink(RowSink page, int factor, String id, int height, int width, int channels) {
    this.page = page;
    this.factor = factor;
    this.id = id;
    this.height = height;
    this.width = width;
    this.channels = channels;
    this.smallHeight = DownscaledRows.shrunk(height, factor);
    this.smallWidth = DownscaledRows.shrunk(width, factor);
  }

  @Override
  public void write(int from, Image band) {
    if (from != received) {
      throw new IllegalStateException("small rows from " + received + " expected, got " + from);
    }
    int row = smallWidth * channels;
    float[] samples = band.samples();
    int first = emitted;
    List<float[]> rows = new ArrayList<>();
    for (int r = 0; r < band.height(); r++) {
      float[] current = Arrays.copyOfRange(samples, r * row, (r + 1) * row);
      received++;
      boolean last = received == smallHeight;
      while (emitted < height && (last || below(emitted) < received)) {
        rows.add(pageRow(emitted, current));
        emitted++;
      }
      previous = current;
    }
    if (!rows.isEmpty()) {
      float[] out = new float[rows.size() * width * channels];
      for (int i = 0; i < rows.size(); i++) {
        System.arraycopy(rows.get(i), 0, out, i * width * channels, width * channels);
      }
      page.write(first, Image.of(id, rows.size(), width, channels, out));
    }
  }

  /** The small row below page row {@code y}'s position (clamped to the last). */
  private int below(int y) {
    return Math.min(smallHeight - 1, (int) Math.floor(position(y)) + 1);
  }

  /** Page coordinate {@code y} in small pixels, between centres: (y + 1/2) / k - 1/2. */
  private double position(int y) {
    return (y + 0.5) / factor - 0.5;
  }

  /**
   * Page row {@code y} from the small rows around it: {@code current} is the last received, {@link
   * #previous} the one before.
   */
  private float[] pageRow(int y, float[] current) {
    double t = Math.max(0, Math.min(smallHeight - 1, position(y)));
    int upper = (int) Math.floor(t);
    double a = t - upper;
    // rows go out as soon as the small row below them arrives, so that row is the current one
    // and the one above is the previous, unless both are the current (clamped at an edge)
    float[] top = upper == received - 1 ? current : previous;
    float[] bottom = current;
    float[] out = new float[width * channels];
    for (int x = 0; x < width; x++) {
      double u = Math.max(0, Math.min(smallWidth - 1, (x + 0.5) / factor - 0.5));
      int left = (int) Math.floor(u);
      int right = Math.min(smallWidth - 1, left + 1);
      double b = u - left;
      for (int c = 0; c < channels; c++) {
        double upperValue = (1 - b) * top[left * channels + c] + b * top[right * channels + c];
        double lowerValue =
            (1 - b) * bottom[left * channels + c] + b * bottom[right * channels + c];
        out[x * channels + c] = (float) ((1 - a) * upperValue + a * lowerValue);
      }
    }
    return out;
  }
}
