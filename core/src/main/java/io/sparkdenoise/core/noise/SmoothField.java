/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

/**
 * Smooth random fields for the page damage of {@link ScanNoise}: value noise (random values on a
 * square lattice of a given spacing, joined by quintic interpolation, so the field and its first
 * two derivatives are continuous) and sums of octaves of it. Values lie in [-1, 1]; fields are
 * row-major {@code height x width} float arrays. Every field draws its lattice, and a random phase
 * of the lattice against the page, from the given stream, so the same stream gives the same field.
 */
final class SmoothField {
  private static final int HERMITE_QUINTIC_A = 6;
  private static final int HERMITE_QUINTIC_B = 15;
  private static final int HERMITE_QUINTIC_C = 10;

  private SmoothField() {}

  /**
   * Value noise with lattice spacing {@code scale} pixels: features about {@code scale} wide.
   *
   * @param scale lattice spacing in pixels, at least 1
   */
  static float[] value(int height, int width, double scale, NoiseRandom rng) {
    double phaseY = rng.nextDouble() * scale;
    double phaseX = rng.nextDouble() * scale;
    int rows = (int) Math.ceil((height + phaseY) / scale) + 2;
    int cols = (int) Math.ceil((width + phaseX) / scale) + 2;
    float[] lattice = new float[rows * cols];
    for (int i = 0; i < lattice.length; i++) {
      lattice[i] = (float) (2 * rng.nextDouble() - 1);
    }
    int[] cx = new int[width];
    float[] tx = new float[width];
    for (int x = 0; x < width; x++) {
      double g = (x + phaseX) / scale;
      cx[x] = (int) g;
      tx[x] = fade(g - cx[x]);
    }
    float[] out = new float[height * width];
    for (int y = 0; y < height; y++) {
      double g = (y + phaseY) / scale;
      int cy = (int) g;
      float ty = fade(g - cy);
      int top = cy * cols;
      int bottom = top + cols;
      for (int x = 0; x < width; x++) {
        int c = cx[x];
        float t = tx[x];
        float upper = lattice[top + c] + t * (lattice[top + c + 1] - lattice[top + c]);
        float lower = lattice[bottom + c] + t * (lattice[bottom + c + 1] - lattice[bottom + c]);
        out[y * width + x] = upper + ty * (lower - upper);
      }
    }
    return out;
  }

  /**
   * A sum of {@code octaves} value-noise fields, the k-th with spacing {@code scale / 2^k} and
   * weight {@code persistence^k}, divided by the sum of the weights: in [-1, 1], with detail down
   * to {@code scale / 2^(octaves-1)} pixels (spacings are kept at 1 pixel or more).
   */
  static float[] fractal(
      int height, int width, double scale, int octaves, double persistence, NoiseRandom rng) {
    float[] sum = new float[height * width];
    double weight = 1;
    double total = 0;
    for (int k = 0; k < octaves; k++) {
      float[] octave = value(height, width, Math.max(1, scale / (1 << k)), rng);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += (float) (weight * octave[i]);
      }
      total += weight;
      weight *= persistence;
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= (float) total;
    }
    return sum;
  }

  /** The quintic smoothstep 6t^5 - 15t^4 + 10t^3 of t in [0, 1]. */
  private static float fade(double t) {
    return (float)
        (t * t * t * (t * (t * HERMITE_QUINTIC_A - HERMITE_QUINTIC_B) + HERMITE_QUINTIC_C));
  }
}
