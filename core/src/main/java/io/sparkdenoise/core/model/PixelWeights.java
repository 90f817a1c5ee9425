/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import java.io.Serializable;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How much each pixel of a training target counts in the loss, read from the clean image alone.
 *
 * <ul>
 *   <li><b>Ink</b>: a pixel counts {@code 1 + ink x darkness}, darkness being 1 minus the clean
 *       pixel's value (the mean of its channels). On a page nine pixels in ten are paper, so a
 *       plain per-pixel loss pays little for a thin stroke the network breaks or drops, while OCR
 *       loses the letter; weighting the ink makes a broken stroke cost what it costs the reader.
 *   <li><b>Edge</b>: the pixels within {@code edge} of a training image's border count nothing.
 *       There the network's convolutions see their own zero padding instead of the page around the
 *       tile, which never happens when a page is denoised (tiles overlap by a margin and the page
 *       is padded with its mirror), so learning to answer zeros there teaches nothing useful.
 * </ul>
 *
 * {@link #UNIFORM} (both 0) adds no weights: the loss is the plain per-pixel mean, bit for bit as
 * without this class. Validation always scores unweighted. Immutable; serializable, as the train
 * job's executors take it.
 *
 * @param ink the extra weight of a fully black target pixel, at least 0
 * @param edge the width in pixels of the border that counts nothing, at least 0
 */
public record PixelWeights(double ink, int edge) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Every pixel counts the same. */
  public static final PixelWeights UNIFORM = new PixelWeights(0, 0);

  /** Checks both fields. */
  public PixelWeights {
    if (!(ink >= 0 && Double.isFinite(ink))) {
      throw new IllegalArgumentException("ink weight must be finite and at least 0, got " + ink);
    }
    if (edge < 0) {
      throw new IllegalArgumentException("edge must be at least 0 pixels, got " + edge);
    }
  }

  /** True when every pixel counts the same (no mask is needed). */
  public boolean uniform() {
    return ink == 0 && edge == 0;
  }

  /**
   * {@code minibatch} with its labels weighted for the targets {@code clean} (in its order), or
   * {@code minibatch} itself when {@link #uniform()}.
   *
   * @throws IllegalArgumentException when a target is too small to keep a pixel inside the edge
   */
  public DataSet apply(DataSet minibatch, List<Image> clean) {
    if (!uniform()) {
      minibatch.setLabelsMaskArray(map(clean));
    }
    return minibatch;
  }

  /**
   * The weights of the targets {@code clean}, one shape, as a {@code [n, 1, height, width]} array:
   * the per-pixel label mask DL4J's loss layers multiply the loss and its gradient by, in either
   * activation layout.
   *
   * @throws IllegalArgumentException when a target is too small to keep a pixel inside the edge
   */
  public INDArray map(List<Image> clean) {
    Image first = clean.get(0);
    int height = first.height();
    int width = first.width();
    if (2 * edge >= Math.min(height, width)) {
      throw new IllegalArgumentException(
          "an edge of "
              + edge
              + " pixels leaves nothing of a "
              + width
              + "x"
              + height
              + " training image to learn from");
    }
    float[] weights = new float[clean.size() * height * width];
    for (int i = 0; i < clean.size(); i++) {
      fill(clean.get(i), weights, i * height * width);
    }
    return Nd4j.create(weights, new long[] {clean.size(), 1, height, width}, 'c');
  }

  private void fill(Image target, float[] weights, int at) {
    int channels = target.channels();
    for (int y = 0; y < target.height(); y++) {
      for (int x = 0; x < target.width(); x++) {
        if (insideEdge(y, target.height()) || insideEdge(x, target.width())) {
          continue;
        }
        double value = 0;
        for (int c = 0; c < channels; c++) {
          value += target.get(y, x, c);
        }
        weights[at + y * target.width() + x] = (float) (1 + ink * (1 - value / channels));
      }
    }
  }

  private boolean insideEdge(int position, int size) {
    return position < edge || position >= size - edge;
  }
}
