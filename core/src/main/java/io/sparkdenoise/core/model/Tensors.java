/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import java.util.List;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Conversions between images (samples interleaved per pixel) and DL4J's NCHW minibatches (one plane
 * per channel), and network facts.
 */
public final class Tensors {
  private Tensors() {}

  /** Images of one shape as one [n, channels, height, width] float tensor. */
  public static INDArray stack(List<Image> images) {
    Image first = images.get(0);
    int plane = first.pixelCount();
    int channels = first.channels();
    float[] data = new float[images.size() * channels * plane];
    for (int i = 0; i < images.size(); i++) {
      float[] samples = images.get(i).samples();
      int at = i * channels * plane;
      if (channels == Image.GRAY) {
        System.arraycopy(samples, 0, data, at, plane);
        continue;
      }
      for (int c = 0; c < channels; c++) {
        for (int p = 0; p < plane; p++) {
          data[at + c * plane + p] = samples[p * channels + c];
        }
      }
    }
    return Nd4j.create(
        data, new long[] {images.size(), channels, first.height(), first.width()}, 'c');
  }

  /**
   * Example {@code index} of an [n, channels, height, width] tensor as an image of {@code like}'s
   * id and size, with the tensor's channels.
   */
  static Image image(INDArray batch, int index, Image like) {
    int channels = (int) batch.size(1);
    float[] planes = plane(batch, index);
    if (channels == Image.GRAY) {
      return Image.of(like.id(), like.height(), like.width(), Image.GRAY, planes);
    }
    int plane = like.pixelCount();
    float[] samples = new float[planes.length];
    for (int c = 0; c < channels; c++) {
      for (int p = 0; p < plane; p++) {
        samples[p * channels + c] = planes[c * plane + p];
      }
    }
    return Image.of(like.id(), like.height(), like.width(), channels, samples);
  }

  /** Example {@code index} of an [n, c, height, width] tensor, its planes flat and row-major. */
  static float[] plane(INDArray batch, int index) {
    return batch.get(NDArrayIndex.point(index)).dup('c').data().asFloat();
  }

  /** The product of the network's pooling strides: height and width must be multiples of it. */
  static int sizeMultiple(ComputationGraph network) {
    int multiple = 1;
    for (var vertex : network.getConfiguration().getVertices().values()) {
      if (vertex instanceof LayerVertex lv
          && lv.getLayerConf().getLayer() instanceof SubsamplingLayer pool) {
        multiple *= pool.getStride()[0];
      }
    }
    return multiple;
  }
}
