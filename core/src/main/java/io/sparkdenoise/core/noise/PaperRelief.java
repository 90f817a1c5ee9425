/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.filter.GaussianFilter;
import io.sparkdenoise.core.image.Image;

/**
 * The shading of a crumpled and folded sheet under a scanner's lamp. A crumpled sheet is a mosaic
 * of flat facets meeting at sharp creases: here the Voronoi cells of points jittered on a grid of
 * {@code scale} pixels, each cell tilted at random (slopes normal with standard deviation {@value
 * #FACET_SLOPE} times {@code crumple}) with a thin dark wrinkle along some cell borders, on a
 * gentle undulation twice as large. Folds are straight tent-shaped ridges or valleys 1 to 3 pixels
 * wide on a broad bulge, of random strength and sign. Lit from a random azimuth at {@value
 * #ELEVATION_DEGREES} degrees from the vertical, a facet's brightness is its cosine to the light
 * over that of a flat sheet (Lambert), capped at {@value #MAX_GAIN}; folds also carry a thin line
 * of dirt. The shading is softened by a blur of {@value #SOFTEN} pixels, as the scanner's optics
 * would.
 *
 * @param crumple strength of the crumpling, in [0, 1]
 * @param scale size of the facets in pixels
 * @param creasesPerPixel expected folds per pixel of the page's height plus width
 */
record PaperRelief(double crumple, double scale, double creasesPerPixel) {
  static final double ELEVATION_DEGREES = 55;
  static final double MAX_GAIN = 1.15;
  static final double FACET_SLOPE = 0.12;
  static final double SOFTEN = 0.8;
  private static final double UNDULATION_SCALE = 2;
  private static final double UNDULATION_SLOPE = 0.2;
  private static final double MIN_FOLD_WIDTH = 1;
  private static final double MAX_FOLD_WIDTH = 3;
  private static final double FOLD_HEIGHT = 1.2;
  private static final double BULGE_WIDTHS = 10;
  private static final double BULGE_HEIGHT = 0.25;
  private static final double DIRT = 0.25;
  private static final double WRINKLE = 0.3;
  private static final double WRINKLE_WIDTH = 0.8;

  /** The gain of every pixel, row-major, to multiply the page by. */
  float[] gain(Image page, NoiseRandom rng) {
    int h = page.height();
    int w = page.width();
    double azimuth = 2 * Math.PI * rng.nextDouble();
    float[] slopeY = new float[h * w];
    float[] slopeX = new float[h * w];
    float[] dirt = new float[h * w];
    if (crumple > 0) {
      addFacets(slopeY, slopeX, dirt, h, w, rng);
      addUndulation(slopeY, slopeX, h, w, rng);
    }
    float[] height = new float[h * w];
    long folds = creasesPerPixel > 0 ? rng.nextPoisson(creasesPerPixel * (h + w)) : 0;
    for (long f = 0; f < folds; f++) {
      addFold(height, dirt, h, w, rng);
    }
    float[] gain = light(slopeY, slopeX, height, dirt, h, w, azimuth);
    return new GaussianFilter(SOFTEN).denoise(Image.of("gain", h, w, 1, gain)).samples();
  }

  /**
   * Each pixel takes the tilt of its nearest jittered grid point (a Voronoi mosaic), and the border
   * between two cells is a wrinkle: a line of darkening {@value #WRINKLE_WIDTH} pixels wide, as
   * deep as {@code WRINKLE} times crumple times the product of the two cells' random creasing.
   */
  private void addFacets(
      float[] slopeY, float[] slopeX, float[] dirt, int h, int w, NoiseRandom rng) {
    int rows = (int) Math.ceil(h / scale) + 1;
    int cols = (int) Math.ceil(w / scale) + 1;
    double[] py = new double[rows * cols];
    double[] px = new double[rows * cols];
    float[] ty = new float[rows * cols];
    float[] tx = new float[rows * cols];
    float[] creasing = new float[rows * cols];
    double sigma = FACET_SLOPE * crumple;
    for (int i = 0; i < py.length; i++) {
      int row = i / cols;
      int col = i % cols;
      py[i] = (row + rng.nextDouble()) * scale;
      px[i] = (col + rng.nextDouble()) * scale;
      ty[i] = (float) (sigma * rng.nextGaussian());
      tx[i] = (float) (sigma * rng.nextGaussian());
      creasing[i] = (float) rng.nextDouble();
    }
    for (int y = 0; y < h; y++) {
      int gy = (int) (y / scale);
      for (int x = 0; x < w; x++) {
        int gx = (int) (x / scale);
        int nearest = -1;
        int second = -1;
        double best = Double.MAX_VALUE;
        double next = Double.MAX_VALUE;
        for (int r = Math.max(0, gy - 1); r <= Math.min(rows - 1, gy + 1); r++) {
          for (int c = Math.max(0, gx - 1); c <= Math.min(cols - 1, gx + 1); c++) {
            int k = r * cols + c;
            double dy = py[k] - y - 0.5;
            double dx = px[k] - x - 0.5;
            double d = dy * dy + dx * dx;
            if (d < best) {
              next = best;
              second = nearest;
              best = d;
              nearest = k;
            } else if (d < next) {
              next = d;
              second = k;
            }
          }
        }
        int i = y * w + x;
        slopeY[i] += ty[nearest];
        slopeX[i] += tx[nearest];
        if (second >= 0) {
          double gap = Math.hypot(py[second] - py[nearest], px[second] - px[nearest]);
          double toBorder = (next - best) / (2 * gap) / WRINKLE_WIDTH;
          double depth = WRINKLE * crumple * creasing[nearest] * creasing[second];
          dirt[i] = (float) Math.max(dirt[i], depth * Math.exp(-toBorder * toBorder));
        }
      }
    }
  }

  /** A gentle bending of the whole sheet: the gradient of a smooth field four facets wide. */
  private void addUndulation(float[] slopeY, float[] slopeX, int h, int w, NoiseRandom rng) {
    double size = UNDULATION_SCALE * scale;
    float[] field = SmoothField.value(h, w, size, rng);
    double k = UNDULATION_SLOPE * crumple * size;
    for (int y = 0; y < h; y++) {
      int up = Math.max(0, y - 1);
      int down = Math.min(h - 1, y + 1);
      for (int x = 0; x < w; x++) {
        int left = Math.max(0, x - 1);
        int right = Math.min(w - 1, x + 1);
        int i = y * w + x;
        slopeX[i] +=
            (float)
                (k
                    * (field[y * w + right] - field[y * w + left])
                    / Math.max(1, right - left)
                    / size);
        slopeY[i] +=
            (float) (k * (field[down * w + x] - field[up * w + x]) / Math.max(1, down - up) / size);
      }
    }
  }

  /** One straight fold through a random point at a random angle, drawing five uniforms. */
  private static void addFold(float[] height, float[] dirt, int h, int w, NoiseRandom rng) {
    double py = rng.nextDouble() * h;
    double px = rng.nextDouble() * w;
    double angle = Math.PI * rng.nextDouble();
    double width = MIN_FOLD_WIDTH + (MAX_FOLD_WIDTH - MIN_FOLD_WIDTH) * rng.nextDouble();
    double strength = 2 * rng.nextDouble() - 1;
    double ny = Math.cos(angle);
    double nx = -Math.sin(angle);
    double bulge = BULGE_WIDTHS * width;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double d = (y + 0.5 - py) * ny + (x + 0.5 - px) * nx;
        double a = Math.abs(d);
        if (a > 3 * bulge) {
          continue;
        }
        double tent = Math.max(0, 1 - a / width);
        double broad = Math.exp(-0.5 * (d / bulge) * (d / bulge));
        int i = y * w + x;
        height[i] +=
            (float) (strength * (FOLD_HEIGHT * width * tent + BULGE_HEIGHT * bulge * broad));
        dirt[i] =
            (float)
                Math.max(dirt[i], DIRT * Math.abs(strength) * Math.exp(-(d / width) * (d / width)));
      }
    }
  }

  private static float[] light(
      float[] slopeY, float[] slopeX, float[] height, float[] dirt, int h, int w, double azimuth) {
    double elevation = Math.toRadians(ELEVATION_DEGREES);
    double lx = Math.sin(elevation) * Math.cos(azimuth);
    double ly = Math.sin(elevation) * Math.sin(azimuth);
    double lz = Math.cos(elevation);
    float[] gain = new float[h * w];
    for (int y = 0; y < h; y++) {
      int up = Math.max(0, y - 1) * w;
      int down = Math.min(h - 1, y + 1) * w;
      for (int x = 0; x < w; x++) {
        int left = Math.max(0, x - 1);
        int right = Math.min(w - 1, x + 1);
        int i = y * w + x;
        double gx =
            slopeX[i] + (height[y * w + right] - height[y * w + left]) / Math.max(1, right - left);
        double gy = slopeY[i] + (height[down + x] - height[up + x]) / Math.max(1, (down - up) / w);
        double lambert = (-gx * lx - gy * ly + lz) / Math.sqrt(gx * gx + gy * gy + 1);
        double shade = Math.min(MAX_GAIN, Math.max(0, lambert / lz));
        gain[i] = (float) (shade * (1 - dirt[i]));
      }
    }
    return gain;
  }
}
