/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import java.util.Arrays;

/**
 * A one-dimensional correlation kernel of odd length {@code 2 * radius + 1}, applied along rows and
 * then along columns: the single implementation of separable filtering behind both {@link
 * GaussianFilter} and SSIM's local statistics.
 *
 * <p>Both operations compute <em>valid</em> correlations only (every output reads real samples);
 * callers that need a boundary mode pad their input first, callers that crop the border (SSIM) skip
 * it. Weights are symmetric about the centre (both factories make them so). Instances are immutable
 * and thread-safe.
 */
public final class SeparableKernel {
  private final double[] weights;

  private SeparableKernel(double[] weights) {
    this.weights = weights;
  }

  /**
   * A normalised Gaussian as scipy.ndimage builds it: radius {@code (int) (truncate * sigma +
   * 0.5)}, weights {@code exp(-x^2 / (2 sigma^2))} for x in [-radius, radius], divided by their
   * sum.
   *
   * @param sigma standard deviation in pixels, finite and positive
   * @param truncate how many standard deviations the kernel reaches, finite and positive
   */
  public static SeparableKernel gaussian(double sigma, double truncate) {
    if (!(sigma > 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma must be finite and positive, got " + sigma);
    }
    if (!(truncate > 0) || Double.isInfinite(truncate)) {
      throw new IllegalArgumentException("truncate must be finite and positive, got " + truncate);
    }
    int radius = (int) (truncate * sigma + 0.5);
    double[] weights = new double[2 * radius + 1];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      double x = i - radius;
      weights[i] = Math.exp(-0.5 / (sigma * sigma) * x * x);
      sum += weights[i];
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= sum;
    }
    return new SeparableKernel(weights);
  }

  /** The box (mean) kernel of odd {@code size}: every weight {@code 1 / size}. */
  public static SeparableKernel uniform(int size) {
    if (size <= 0 || size % 2 == 0) {
      throw new IllegalArgumentException("size must be odd and positive, got " + size);
    }
    double[] weights = new double[size];
    Arrays.fill(weights, 1.0 / size);
    return new SeparableKernel(weights);
  }

  /** Taps on each side of the centre. */
  public int radius() {
    return weights.length / 2;
  }

  /** Number of taps, {@code 2 * radius + 1}. */
  public int size() {
    return weights.length;
  }

  /** A copy of the weights, leftmost tap first. */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * Valid correlation along a row: {@code dst[dstFrom + i] = sum_k w[k] * src[srcFrom + i + k]} for
   * i in [0, count), so {@code src} must hold {@code count + size() - 1} samples from {@code
   * srcFrom}.
   */
  public void correlateRow(double[] src, int srcFrom, double[] dst, int dstFrom, int count) {
    correlate(src, srcFrom, 1, dst, dstFrom, count);
  }

  /**
   * Valid correlation down columns of a row-major plane with row length {@code stride}: {@code
   * dst[dstFrom + i] = sum_k w[k] * src[srcFrom + k * stride + i]} for i in [0, count), i.e. one
   * output row from the {@code size()} rows starting at {@code srcFrom}.
   */
  public void correlateColumns(
      double[] src, int srcFrom, int stride, double[] dst, int dstFrom, int count) {
    correlate(src, srcFrom, stride, dst, dstFrom, count);
  }

  /**
   * {@code dst[dstFrom + i] = sum_k w[k] * src[srcFrom + k * step + i]}. Both factories make
   * symmetric kernels, so taps k and size-1-k are added first and multiplied once; each pass runs
   * over contiguous memory so the JIT can vectorise it.
   */
  private void correlate(
      double[] src, int srcFrom, int step, double[] dst, int dstFrom, int count) {
    int r = weights.length / 2;
    double centre = weights[r];
    int mid = srcFrom + r * step;
    for (int i = 0; i < count; i++) {
      dst[dstFrom + i] = centre * src[mid + i];
    }
    for (int k = 0; k < r; k++) {
      double w = weights[k];
      int lo = srcFrom + k * step;
      int hi = srcFrom + (2 * r - k) * step;
      for (int i = 0; i < count; i++) {
        dst[dstFrom + i] += w * (src[lo + i] + src[hi + i]);
      }
    }
  }

  /**
   * The kernel applied along rows and then columns of a height x width row-major plane, reading
   * past the edges by {@link Boundary#reflect} (scipy.ndimage mode {@code 'reflect'}).
   *
   * @return a new height x width plane
   */
  public double[] correlateReflect(double[] plane, int height, int width) {
    if ((long) height * width != plane.length) {
      throw new IllegalArgumentException(
          "plane of " + plane.length + " samples is not " + height + "x" + width);
    }
    int r = radius();
    double[] padded = new double[width + 2 * r];
    double[] rows = new double[(height + 2 * r) * width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < padded.length; x++) {
        padded[x] = plane[y * width + Boundary.reflect(x - r, width)];
      }
      correlateRow(padded, 0, rows, (y + r) * width, width);
    }
    for (int y = -r; y < height + r; y++) {
      if (y < 0 || y >= height) {
        System.arraycopy(
            rows, (Boundary.reflect(y, height) + r) * width, rows, (y + r) * width, width);
      }
    }
    double[] out = new double[height * width];
    for (int y = 0; y < height; y++) {
      correlateColumns(rows, y * width, width, out, y * width, width);
    }
    return out;
  }

  @Override
  public String toString() {
    return "SeparableKernel" + Arrays.toString(weights);
  }
}
