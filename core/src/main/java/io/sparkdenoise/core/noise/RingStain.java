/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;

/**
 * One coffee or water stain of {@link PageDamage}: a wobbly ring whose rim (the tide line, where
 * the liquid dried) is darker than its faintly tinted inside. The rim's edge is sharper outside
 * than inside, and part of the rim may be fainter, as where a cup was lifted at an angle. The stain
 * multiplies the page by {@code 1 - darkening}, the darkening at most its depth. Immutable.
 */
final class RingStain {
  private static final int HARMONICS = 3;
  private static final double MAX_WOBBLE = 0.08;
  private static final double MIN_RIM = 0.02;
  private static final double MAX_RIM = 0.07;
  private static final double MIN_RIM_PIXELS = 1.2;
  private static final double MIN_TINT = 0.1;
  private static final double MAX_TINT = 0.4;
  private static final double OUTER_SHARPNESS = 2.5;
  private static final double REACH_WIDTHS = 3.5;

  private final double cy;
  private final double cx;
  private final double radius;
  private final double[] wobble = new double[HARMONICS];
  private final double[] phases = new double[HARMONICS];
  private final double rimWidth;
  private final double depth;
  private final double tint;
  private final double gapAngle;
  private final double gap;

  /**
   * A stain whose centre lies anywhere within {@code meanRadius} of the page, drawing 16 uniforms
   * from {@code rng}: radius 0.5 to 1.5 times {@code meanRadius}, rim half width 2 % to 7 % of the
   * radius, rim darkening 0.5 to 1 times {@code maxDepth}, inside tint 10 % to 40 % of the rim's.
   */
  RingStain(Image page, double meanRadius, double maxDepth, NoiseRandom rng) {
    this.cy = (rng.nextDouble() * (page.height() + 2 * meanRadius)) - meanRadius;
    this.cx = (rng.nextDouble() * (page.width() + 2 * meanRadius)) - meanRadius;
    this.radius = meanRadius * (0.5 + rng.nextDouble());
    for (int k = 0; k < HARMONICS; k++) {
      wobble[k] = MAX_WOBBLE * rng.nextDouble() / (k + 1);
      phases[k] = 2 * Math.PI * rng.nextDouble();
    }
    this.rimWidth =
        Math.max(MIN_RIM_PIXELS, radius * (MIN_RIM + (MAX_RIM - MIN_RIM) * rng.nextDouble()));
    this.depth = maxDepth * (0.5 + 0.5 * rng.nextDouble());
    this.tint = MIN_TINT + (MAX_TINT - MIN_TINT) * rng.nextDouble();
    this.gapAngle = 2 * Math.PI * rng.nextDouble();
    this.gap = rng.nextDouble();
  }

  /** Multiplies the samples of {@code out} (laid out as {@code page}) by this stain's gain. */
  void darken(float[] out, Image page) {
    int c = page.channels();
    double reach = radius * (1 + HARMONICS * MAX_WOBBLE) + REACH_WIDTHS * rimWidth;
    int y0 = Math.max(0, (int) Math.floor(cy - reach));
    int y1 = Math.min(page.height() - 1, (int) Math.ceil(cy + reach));
    int x0 = Math.max(0, (int) Math.floor(cx - reach));
    int x1 = Math.min(page.width() - 1, (int) Math.ceil(cx + reach));
    for (int y = y0; y <= y1; y++) {
      double dy = y + 0.5 - cy;
      for (int x = x0; x <= x1; x++) {
        double dx = x + 0.5 - cx;
        double gain = 1 - darkening(Math.hypot(dy, dx), Math.atan2(dy, dx));
        int o = (y * page.width() + x) * c;
        for (int k = 0; k < c; k++) {
          out[o + k] = (float) (out[o + k] * gain);
        }
      }
    }
  }

  /** The darkening at distance {@code r} from the centre in direction {@code theta}. */
  double darkening(double r, double theta) {
    double rim = radius;
    for (int k = 0; k < HARMONICS; k++) {
      rim += radius * wobble[k] * Math.sin((k + 2) * theta + phases[k]);
    }
    double toward = Math.max(0, Math.cos(theta - gapAngle));
    double rimStrength = 1 - gap * toward * toward;
    double t = (r - rim) / rimWidth;
    if (t <= 0) {
      return depth * (tint + (rimStrength - tint) * Math.exp(-t * t));
    }
    double s = OUTER_SHARPNESS * t;
    return depth * rimStrength * Math.exp(-s * s);
  }
}
