/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.image;

/**
 * Conversions between an {@link Image}'s interleaved float samples and one-channel planes of
 * doubles (height x width, row-major), the form that metrics and filters compute in.
 *
 * <p>Stateless and thread-safe.
 */
public final class Planes {
  private Planes() {}

  /** Channel {@code c} of {@code image} as a new height x width array of doubles. */
  public static double[] plane(Image image, int c) {
    if (c < 0 || c >= image.channels()) {
      throw new IllegalArgumentException(
          "channel must be in [0, " + image.channels() + "), got " + c);
    }
    float[] samples = image.samples();
    int channels = image.channels();
    double[] plane = new double[image.pixelCount()];
    for (int i = 0; i < plane.length; i++) {
      plane[i] = samples[i * channels + c];
    }
    return plane;
  }

  /**
   * Writes a height x width plane of doubles into channel {@code c} of interleaved {@code samples}
   * with {@code channels} channels, rounding to float.
   */
  public static void store(double[] plane, float[] samples, int channels, int c) {
    if ((long) plane.length * channels != samples.length) {
      throw new IllegalArgumentException(
          "a plane of "
              + plane.length
              + " pixels does not fill "
              + samples.length
              + " samples of "
              + channels
              + " channels");
    }
    for (int i = 0; i < plane.length; i++) {
      samples[i * channels + c] = (float) plane[i];
    }
  }
}
