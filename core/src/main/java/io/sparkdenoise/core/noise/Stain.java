/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;

/**
 * One stain of {@link ScanNoise}: an elliptical Gaussian blotch m(p) = exp(-q/2), q the squared
 * Mahalanobis distance from its centre, that multiplies the page by {@code 1 - depth m}. Painted
 * within three standard deviations of its longer axis, where m falls below 1.2 %.
 */
record Stain(double cy, double cx, double major, double minor, double angle, double depth) {
  private static final double MIN_SCALE = 0.5;
  private static final double MIN_ASPECT = 0.4;
  private static final double MIN_DEPTH_SHARE = 0.3;
  private static final double REACH = 3;

  /** A stain anywhere on the page, drawing six uniforms from {@code rng}. */
  static Stain random(Image page, double radius, double maxDepth, NoiseRandom rng) {
    double cy = rng.nextDouble() * page.height();
    double cx = rng.nextDouble() * page.width();
    double major = radius * (MIN_SCALE + rng.nextDouble());
    double minor = major * (MIN_ASPECT + (1 - MIN_ASPECT) * rng.nextDouble());
    double angle = Math.PI * rng.nextDouble();
    double depth = maxDepth * (MIN_DEPTH_SHARE + (1 - MIN_DEPTH_SHARE) * rng.nextDouble());
    return new Stain(cy, cx, major, minor, angle, depth);
  }

  /** Multiplies the samples of {@code out} (laid out as {@code page}) by this stain's gain. */
  void darken(float[] out, Image page) {
    int c = page.channels();
    double reach = REACH * major;
    int y0 = Math.max(0, (int) Math.floor(cy - reach));
    int y1 = Math.min(page.height() - 1, (int) Math.ceil(cy + reach));
    int x0 = Math.max(0, (int) Math.floor(cx - reach));
    int x1 = Math.min(page.width() - 1, (int) Math.ceil(cx + reach));
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    for (int y = y0; y <= y1; y++) {
      double dy = y + 0.5 - cy;
      for (int x = x0; x <= x1; x++) {
        double dx = x + 0.5 - cx;
        double u = (dx * cos + dy * sin) / major;
        double v = (dy * cos - dx * sin) / minor;
        double gain = 1 - depth * Math.exp(-0.5 * (u * u + v * v));
        int o = (y * page.width() + x) * c;
        for (int k = 0; k < c; k++) {
          out[o + k] = (float) (out[o + k] * gain);
        }
      }
    }
  }
}
