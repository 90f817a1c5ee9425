/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.metrics;

import io.sparkdenoise.core.filter.SeparableKernel;
import io.sparkdenoise.core.image.Image;

/**
 * Mean structural similarity (SSIM) of a test image against its reference, as
 * skimage.metrics.structural_similarity 0.19.3 computes it with data range 1: local means,
 * variances and covariance from the convention's window, the SSIM map, and its mean over the map
 * without a border of {@code (window - 1) / 2} pixels on each side. Multi-channel images give the
 * mean of the per-channel values, as scikit-image with {@code channel_axis}.
 *
 * <p>Samples are in [0, 1]; the computation is in double. Since the cropped map only contains
 * windows that lie wholly inside the image, no boundary mode is involved and only those windows are
 * computed. Stateless and thread-safe.
 */
public final class Ssim {
  private static final double K1 = 0.01;
  private static final double K2 = 0.03;
  private static final double DATA_RANGE = 1.0;
  private static final double C1 = (K1 * DATA_RANGE) * (K1 * DATA_RANGE);
  private static final double C2 = (K2 * DATA_RANGE) * (K2 * DATA_RANGE);

  /** The five local statistics: means of x and y, of x^2, y^2 and xy. */
  private static final int STATS = 5;

  private Ssim() {}

  /**
   * Mean SSIM in [-1, 1] of {@code test} against {@code reference} (1 for identical images).
   *
   * @throws IllegalArgumentException if the shapes differ or the image is smaller than the
   *     convention's window in either direction
   */
  public static double mean(Image reference, Image test, SsimConvention convention) {
    ImageMetrics.requireSameShape(reference, test);
    int window = convention.windowSize();
    if (reference.height() < window || reference.width() < window) {
      throw new IllegalArgumentException(
          "image of "
              + reference.height()
              + "x"
              + reference.width()
              + " is smaller than the "
              + window
              + "x"
              + window
              + " window of SSIM convention "
              + convention.label());
    }
    double sum = 0;
    for (int c = 0; c < reference.channels(); c++) {
      sum += new ChannelSsim(reference, test, c, convention).mean();
    }
    return sum / reference.channels();
  }

  /**
   * One channel's SSIM, streaming over rows: each input row is filtered horizontally into a ring of
   * the last {@code window} rows (stored twice so that any {@code window} consecutive rows are
   * contiguous), and each complete ring yields one row of the cropped SSIM map.
   */
  private static final class ChannelSsim {
    private final float[] xs;
    private final float[] ys;
    private final int channels;
    private final int channel;
    private final int height;
    private final int width;
    private final SeparableKernel kernel;
    private final double covNorm;
    private final int window;
    private final int validWidth;
    private final double[][] ring;
    private final double[][] stats;
    private final double[][] rowProducts;

    ChannelSsim(Image reference, Image test, int channel, SsimConvention convention) {
      this.xs = reference.samples();
      this.ys = test.samples();
      this.channels = reference.channels();
      this.channel = channel;
      this.height = reference.height();
      this.width = reference.width();
      this.kernel = convention.kernel();
      this.covNorm = convention.covarianceNorm();
      this.window = kernel.size();
      this.validWidth = width - window + 1;
      this.ring = new double[STATS][2 * window * validWidth];
      this.stats = new double[STATS][validWidth];
      this.rowProducts = new double[STATS][width];
    }

    double mean() {
      double sum = 0;
      for (int row = 0; row < height; row++) {
        filterRow(row);
        int first = row - window + 1;
        if (first >= 0) {
          int from = (first % window) * validWidth;
          for (int q = 0; q < STATS; q++) {
            kernel.correlateColumns(ring[q], from, validWidth, stats[q], 0, validWidth);
          }
          sum += ssimRowSum();
        }
      }
      return sum / ((double) validWidth * (height - window + 1));
    }

    /** x, y, x^2, y^2, xy of one input row, filtered horizontally into both copies of its slot. */
    private void filterRow(int row) {
      double[] x = rowProducts[0];
      double[] y = rowProducts[1];
      double[] xx = rowProducts[2];
      double[] yy = rowProducts[3];
      double[] xy = rowProducts[4];
      int base = row * width * channels + channel;
      for (int i = 0; i < width; i++) {
        double a = xs[base + i * channels];
        double b = ys[base + i * channels];
        x[i] = a;
        y[i] = b;
        xx[i] = a * a;
        yy[i] = b * b;
        xy[i] = a * b;
      }
      int slot = (row % window) * validWidth;
      int twin = slot + window * validWidth;
      for (int q = 0; q < STATS; q++) {
        kernel.correlateRow(rowProducts[q], 0, ring[q], slot, validWidth);
        System.arraycopy(ring[q], slot, ring[q], twin, validWidth);
      }
    }

    /** The sum of one row of the SSIM map from the five filtered statistics. */
    private double ssimRowSum() {
      double[] ux = stats[0];
      double[] uy = stats[1];
      double[] uxx = stats[2];
      double[] uyy = stats[3];
      double[] uxy = stats[4];
      double sum = 0;
      for (int i = 0; i < validWidth; i++) {
        double mx = ux[i];
        double my = uy[i];
        double vx = covNorm * (uxx[i] - mx * mx);
        double vy = covNorm * (uyy[i] - my * my);
        double vxy = covNorm * (uxy[i] - mx * my);
        double a1 = 2 * mx * my + C1;
        double a2 = 2 * vxy + C2;
        double b1 = mx * mx + my * my + C1;
        double b2 = vx + vy + C2;
        sum += (a1 * a2) / (b1 * b2);
      }
      return sum;
    }
  }
}
