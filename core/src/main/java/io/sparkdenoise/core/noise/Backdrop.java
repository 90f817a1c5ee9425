/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import java.util.Arrays;

/**
 * A picture behind the text, the page damage that paper shading cannot describe: text printed over
 * a photograph or a patterned paper, or a page lying on a textured surface, has a background of
 * flat regions with hard edges, thin bars and shading. The picture is a dead-leaves collage
 * (Matheron; a common stand-in for natural images): ellipses and rotated rectangles of random gray
 * levels, each with a linear shading across it, laid one over another so that later shapes hide
 * earlier ones. Sizes are log-uniform from an eighth to twice {@code scale}, aspect ratios from 1
 * to 1:20 (thin bars among the blobs), edges anti-aliased over one pixel. The page is multiplied by
 * {@code 1 - strength * (1 - picture)}, so the ink stays ink and white paper takes the picture's
 * tones at most {@code strength} deep.
 *
 * @param strength darkest share the picture takes from the paper, in (0, 1)
 * @param scale typical shape size (half-length of its longer axis) in pixels, in [4, 2000]
 */
record Backdrop(double strength, double scale) {
  private static final double COVERAGE = 2.5;
  private static final int MAX_SHAPES = 20_000;
  private static final double SMALLEST = 1.0 / 8;
  private static final double SIZE_OCTAVES = 4;
  private static final double THINNEST = 0.05;
  private static final double RECTANGLES = 0.4;
  private static final double MAX_SHADING = 0.3;

  /** The multiplicative gain of the picture on a {@code height x width} page, row-major. */
  float[] gain(int height, int width, NoiseRandom rng) {
    float[] picture = new float[height * width];
    Arrays.fill(picture, (float) rng.nextDouble());
    long wanted = (long) Math.ceil(COVERAGE * height * width / (scale * scale));
    int shapes = (int) Math.min(MAX_SHAPES, Math.max(1, wanted));
    for (int s = 0; s < shapes; s++) {
      paint(picture, height, width, rng);
    }
    for (int i = 0; i < picture.length; i++) {
      picture[i] = (float) (1 - strength * (1 - picture[i]));
    }
    return picture;
  }

  /** One shape over what is there, drawing nine uniforms. */
  private void paint(float[] picture, int height, int width, NoiseRandom rng) {
    double major = scale * SMALLEST * Math.pow(2, SIZE_OCTAVES * rng.nextDouble());
    double minor = major * Math.pow(THINNEST, rng.nextDouble());
    double cy = -major + rng.nextDouble() * (height + 2 * major);
    double cx = -major + rng.nextDouble() * (width + 2 * major);
    double angle = Math.PI * rng.nextDouble();
    boolean rectangle = rng.nextDouble() < RECTANGLES;
    double level = rng.nextDouble();
    double shading = MAX_SHADING * (2 * rng.nextDouble() - 1) / major;
    double shadingAngle = 2 * Math.PI * rng.nextDouble();
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double gy = shading * Math.sin(shadingAngle);
    double gx = shading * Math.cos(shadingAngle);
    int reach = (int) Math.ceil(major) + 1;
    int y0 = Math.max(0, (int) Math.floor(cy) - reach);
    int y1 = Math.min(height - 1, (int) Math.ceil(cy) + reach);
    int x0 = Math.max(0, (int) Math.floor(cx) - reach);
    int x1 = Math.min(width - 1, (int) Math.ceil(cx) + reach);
    for (int y = y0; y <= y1; y++) {
      double dy = y - cy;
      for (int x = x0; x <= x1; x++) {
        double dx = x - cx;
        double u = dx * cos + dy * sin;
        double v = -dx * sin + dy * cos;
        double outside =
            rectangle ? boxDistance(u, v, major, minor) : ellipseDistance(u, v, major, minor);
        double cover = Math.min(1, Math.max(0, 0.5 - outside));
        if (cover > 0) {
          int i = y * width + x;
          double tone = Samples.clip(level + gy * dy + gx * dx);
          picture[i] = (float) (picture[i] + cover * (tone - picture[i]));
        }
      }
    }
  }

  /** Signed distance in pixels from a rotated box's edge, negative inside. */
  private static double boxDistance(double u, double v, double halfLength, double halfWidth) {
    return Math.max(Math.abs(u) - halfLength, Math.abs(v) - halfWidth);
  }

  /** Approximate signed distance in pixels from an ellipse's edge, negative inside. */
  private static double ellipseDistance(double u, double v, double major, double minor) {
    double r = Math.sqrt((u / major) * (u / major) + (v / minor) * (v / minor));
    return (r - 1) * minor;
  }
}
