/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.image.Planes;

/** Runs a one-plane filter on each channel of an image independently. */
final class PerChannel {
  /** A filter of one height x width plane; returns a new plane of the same size. */
  @FunctionalInterface
  interface PlaneFilter {
    double[] apply(double[] plane, int height, int width);
  }

  private PerChannel() {}

  /** The image with every channel replaced by {@code filter} of it; same shape and id. */
  static Image apply(Image image, PlaneFilter filter) {
    float[] out = new float[image.samples().length];
    for (int c = 0; c < image.channels(); c++) {
      double[] filtered = filter.apply(Planes.plane(image, c), image.height(), image.width());
      Planes.store(filtered, out, image.channels(), c);
    }
    return image.withSamples(out);
  }
}
