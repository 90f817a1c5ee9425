/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.image;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image as float32 samples in [0, 1], stored height x width x channels (row-major, channels
 * interleaved), with an id that names it across the pipeline (noise streams are keyed by it).
 *
 * <p>Grayscale images have one channel, colour images three (R, G, B in that order). The sample
 * array is shared, not copied, so that metrics and filters run without allocation: nobody may
 * modify an array after it has been given to, or taken from, an image. Instances are therefore
 * immutable and safe to share between threads.
 */
public final class Image {
  /** Channels of a grayscale image. */
  public static final int GRAY = 1;

  /** Channels of an RGB image. */
  public static final int RGB = 3;

  private final String id;
  private final int height;
  private final int width;
  private final int channels;
  private final float[] samples;

  private Image(String id, int height, int width, int channels, float[] samples) {
    this.id = Objects.requireNonNull(id, "id");
    if (height <= 0 || width <= 0) {
      throw new IllegalArgumentException(
          "image size must be positive, got " + height + "x" + width + " (height x width)");
    }
    if (channels != GRAY && channels != RGB) {
      throw new IllegalArgumentException("channels must be 1 or 3, got " + channels);
    }
    if ((long) height * width * channels != samples.length) {
      throw new IllegalArgumentException(
          "expected "
              + (long) height * width * channels
              + " samples for "
              + height
              + "x"
              + width
              + "x"
              + channels
              + ", got "
              + samples.length);
    }
    this.height = height;
    this.width = width;
    this.channels = channels;
    this.samples = samples;
  }

  /**
   * Wraps samples (height x width x channels, in [0, 1]) as an image; the array is taken over, not
   * copied.
   */
  public static Image of(String id, int height, int width, int channels, float[] samples) {
    return new Image(id, height, width, channels, samples);
  }

  /** A new image of the given shape with every sample 0. */
  public static Image zeros(String id, int height, int width, int channels) {
    return new Image(id, height, width, channels, new float[height * width * channels]);
  }

  /** The id that names this image, e.g. a source URI with a page number. */
  public String id() {
    return id;
  }

  /** Rows. */
  public int height() {
    return height;
  }

  /** Columns. */
  public int width() {
    return width;
  }

  /** 1 (gray) or 3 (RGB). */
  public int channels() {
    return channels;
  }

  /** Pixels per channel: height x width. */
  public int pixelCount() {
    return height * width;
  }

  /** The shared sample array, height x width x channels; read it, never write it. */
  public float[] samples() {
    return samples;
  }

  /** The sample at row y, column x, channel c. */
  public float get(int y, int x, int c) {
    return samples[(y * width + x) * channels + c];
  }

  /** The same pixels under another id. */
  public Image withId(String newId) {
    return new Image(newId, height, width, channels, samples);
  }

  /** Other samples of the same shape and id; the array is taken over. */
  public Image withSamples(float[] newSamples) {
    return new Image(id, height, width, channels, newSamples);
  }

  /** True when both images have the same height, width and channels. */
  public boolean sameShape(Image other) {
    return height == other.height && width == other.width && channels == other.channels;
  }

  /** One channel as a grayscale image with the same id. */
  public Image channel(int c) {
    if (c < 0 || c >= channels) {
      throw new IllegalArgumentException("channel must be in [0, " + channels + "), got " + c);
    }
    if (channels == GRAY) {
      return this;
    }
    float[] plane = new float[pixelCount()];
    for (int i = 0; i < plane.length; i++) {
      plane[i] = samples[i * channels + c];
    }
    return new Image(id, height, width, GRAY, plane);
  }

  /**
   * Luminance as a grayscale image, with scikit-image's rgb2gray weights (ITU-R BT.709: 0.2125 R +
   * 0.7154 G + 0.0721 B); a grayscale image is returned as is.
   */
  public Image toGray() {
    if (channels == GRAY) {
      return this;
    }
    float[] gray = new float[pixelCount()];
    for (int i = 0; i < gray.length; i++) {
      int o = i * RGB;
      gray[i] = 0.2125f * samples[o] + 0.7154f * samples[o + 1] + 0.0721f * samples[o + 2];
    }
    return new Image(id, height, width, GRAY, gray);
  }

  /**
   * The gray image repeated in three channels, for RGB networks; an RGB image is returned as is.
   */
  public Image toRgb() {
    if (channels == RGB) {
      return this;
    }
    float[] rgb = new float[pixelCount() * RGB];
    for (int i = 0; i < samples.length; i++) {
      rgb[i * RGB] = samples[i];
      rgb[i * RGB + 1] = samples[i];
      rgb[i * RGB + 2] = samples[i];
    }
    return new Image(id, height, width, RGB, rgb);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Image other
        && id.equals(other.id)
        && sameShape(other)
        && Arrays.equals(samples, other.samples);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, height, width, channels, Arrays.hashCode(samples));
  }

  @Override
  public String toString() {
    return "Image[" + id + ", " + height + "x" + width + "x" + channels + "]";
  }
}
