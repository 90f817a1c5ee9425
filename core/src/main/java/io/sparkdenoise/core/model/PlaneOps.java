/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import java.util.List;

/** Padding, cropping and channel re-assembly around a gray network. */
final class PlaneOps {
  private PlaneOps() {}

  /**
   * The gray image grown at the bottom and right to height and width multiples of {@code multiple},
   * new pixels copying the nearest edge pixel; the image itself when nothing is needed.
   */
  static Image padEdges(Image gray, int multiple) {
    int h = roundUp(gray.height(), multiple);
    int w = roundUp(gray.width(), multiple);
    if (h == gray.height() && w == gray.width()) {
      return gray;
    }
    float[] src = gray.samples();
    float[] out = new float[h * w];
    for (int y = 0; y < h; y++) {
      int sy = Math.min(y, gray.height() - 1);
      for (int x = 0; x < w; x++) {
        out[y * w + x] = src[sy * gray.width() + Math.min(x, gray.width() - 1)];
      }
    }
    return Image.of(gray.id(), h, w, Image.GRAY, out);
  }

  /**
   * The top-left {@code source}-sized part of a network output for a padded {@code source}, clipped
   * to [0, 1], as a gray image with the source's id.
   */
  static Image cropClipped(Image source, Image output) {
    int w = source.width();
    float[] padded = output.samples();
    float[] out = new float[source.pixelCount()];
    for (int y = 0; y < source.height(); y++) {
      for (int x = 0; x < w; x++) {
        out[y * w + x] = Math.max(0f, Math.min(1f, padded[y * output.width() + x]));
      }
    }
    return Image.of(source.id(), source.height(), w, Image.GRAY, out);
  }

  /** The gray planes (one per channel of {@code like}) interleaved into an image like it. */
  static Image interleave(Image like, List<Image> planes) {
    if (like.channels() == Image.GRAY) {
      return planes.get(0);
    }
    int channels = like.channels();
    float[] out = new float[like.pixelCount() * channels];
    for (int c = 0; c < channels; c++) {
      float[] plane = planes.get(c).samples();
      for (int i = 0; i < plane.length; i++) {
        out[i * channels + c] = plane[i];
      }
    }
    return like.withSamples(out);
  }

  private static int roundUp(int n, int multiple) {
    return (n + multiple - 1) / multiple * multiple;
  }
}
