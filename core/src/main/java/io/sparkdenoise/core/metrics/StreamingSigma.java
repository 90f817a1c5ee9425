/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.metrics;

import io.sparkdenoise.core.filter.Boundary;
import io.sparkdenoise.core.image.Image;
import java.util.Arrays;

/**
 * {@link NoiseEstimator#estimateSigma} of a page given band by band, top to bottom, without holding
 * the page: each band's rows are filtered as they arrive (a ring of the last rows of horizontal
 * detail is kept for the vertical filter), and only the non-zero diagonal coefficients' magnitudes
 * are kept for the median, one double per 2 x 2 pixels and channel (2 bytes per pixel of a gray
 * page). The result is exactly the whole-image estimate, which is computed the same way. Not
 * thread-safe.
 */
public final class StreamingSigma {
  private static final int RING = 8;

  private final int height;
  private final int width;
  private final int channels;
  private final int outWidth;
  private final int outHeight;
  private final double[][][] ring;
  private final double[][] magnitudes;
  private final int[] counts;
  private final double[] row;
  private int rowsSeen;
  private int nextOut;

  /** An estimate for a page of this shape; channels 1 or 3. */
  public StreamingSigma(int height, int width, int channels) {
    if (height < 1 || width < 1 || (channels != Image.GRAY && channels != Image.RGB)) {
      throw new IllegalArgumentException(
          "need a positive size and 1 or 3 channels, got " + height + "x" + width + "x" + channels);
    }
    this.height = height;
    this.width = width;
    this.channels = channels;
    this.outWidth = NoiseEstimator.detailLength(width);
    this.outHeight = NoiseEstimator.detailLength(height);
    this.ring = new double[channels][RING][outWidth];
    this.magnitudes = new double[channels][];
    this.counts = new int[channels];
    this.row = new double[width];
    for (int c = 0; c < channels; c++) {
      magnitudes[c] = new double[Math.max(1, Math.min(outWidth * outHeight, 1 << 16))];
    }
  }

  /** Takes the next rows of the page. */
  public StreamingSigma add(Image band) {
    if (band.width() != width || band.channels() != channels) {
      throw new IllegalArgumentException(
          "band "
              + band.width()
              + "x"
              + band.channels()
              + " does not match the page's width x channels "
              + width
              + "x"
              + channels);
    }
    if (rowsSeen + band.height() > height) {
      throw new IllegalArgumentException(
          "rows "
              + rowsSeen
              + ".."
              + (rowsSeen + band.height())
              + " run past the page's "
              + height);
    }
    float[] samples = band.samples();
    for (int y = 0; y < band.height(); y++) {
      for (int c = 0; c < channels; c++) {
        for (int x = 0; x < width; x++) {
          row[x] = samples[(y * width + x) * channels + c];
        }
        filterRow(row, ring[c][rowsSeen % RING]);
      }
      rowsSeen++;
      emitReady();
    }
    return this;
  }

  /** The estimate; every row must have been added. */
  public double estimate() {
    if (rowsSeen != height) {
      throw new IllegalStateException("only " + rowsSeen + " of " + height + " rows were added");
    }
    double sum = 0;
    for (int c = 0; c < channels; c++) {
      sum += NoiseEstimator.medianOverQuartile(magnitudes[c], counts[c]);
    }
    return sum / channels;
  }

  /** The horizontal db2 high-pass of one row, as the whole-image transform computes it. */
  private void filterRow(double[] in, double[] out) {
    double[] h = NoiseEstimator.highPass();
    for (int o = 0; o < outWidth; o++) {
      double s = 0;
      for (int j = 0; j < h.length; j++) {
        s += h[j] * in[Boundary.reflect(2 * o + 1 - j, width)];
      }
      out[o] = s;
    }
  }

  /** Computes every output row whose four (reflected) input rows have all arrived. */
  private void emitReady() {
    double[] h = NoiseEstimator.highPass();
    while (nextOut < outHeight && lastRowNeeded(nextOut) < rowsSeen) {
      for (int c = 0; c < channels; c++) {
        for (int x = 0; x < outWidth; x++) {
          double s = 0;
          for (int j = 0; j < h.length; j++) {
            s += h[j] * ring[c][Boundary.reflect(2 * nextOut + 1 - j, height) % RING][x];
          }
          if (s != 0) {
            keep(c, Math.abs(s));
          }
        }
      }
      nextOut++;
    }
  }

  private int lastRowNeeded(int out) {
    int last = 0;
    for (int j = 0; j < NoiseEstimator.highPass().length; j++) {
      last = Math.max(last, Boundary.reflect(2 * out + 1 - j, height));
    }
    return last;
  }

  private void keep(int c, double magnitude) {
    if (counts[c] == magnitudes[c].length) {
      magnitudes[c] = Arrays.copyOf(magnitudes[c], magnitudes[c].length * 2);
    }
    magnitudes[c][counts[c]++] = magnitude;
  }
}
