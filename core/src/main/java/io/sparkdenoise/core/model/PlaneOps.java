/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import java.util.List;

/** Padding, cropping and channel re-assembly around a network. */
final class PlaneOps {
  private PlaneOps() {}

  /**
   * The image grown at the bottom and right to height and width multiples of {@code multiple}, new
   * pixels copying the nearest edge pixel; the image itself when nothing is needed.
   */
  static Image padEdges(Image image, int multiple) {
    int h = roundUp(image.height(), multiple);
    int w = roundUp(image.width(), multiple);
    if (h == image.height() && w == image.width()) {
      return image;
    }
    int c = image.channels();
    float[] src = image.samples();
    float[] out = new float[h * w * c];
    for (int y = 0; y < h; y++) {
      int sy = Math.min(y, image.height() - 1);
      for (int x = 0; x < w; x++) {
        int sx = Math.min(x, image.width() - 1);
        System.arraycopy(src, (sy * image.width() + sx) * c, out, (y * w + x) * c, c);
      }
    }
    return Image.of(image.id(), h, w, c, out);
  }

  /**
   * The top-left {@code source}-sized part of a network output for a padded {@code source}, clipped
   * to [0, 1], with the output's channels and the source's id.
   */
  static Image cropClipped(Image source, Image output) {
    int w = source.width();
    int c = output.channels();
    float[] padded = output.samples();
    float[] out = new float[source.pixelCount() * c];
    for (int y = 0; y < source.height(); y++) {
      for (int i = 0; i < w * c; i++) {
        out[y * w * c + i] = Math.max(0f, Math.min(1f, padded[y * output.width() * c + i]));
      }
    }
    return Image.of(source.id(), source.height(), w, c, out);
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
