/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import java.util.List;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Conversions between images (samples interleaved per pixel) and DL4J's minibatches, NHWC (the same
 * interleaving) or NCHW (one plane per channel, what networks saved before NHWC take), and network
 * facts.
 */
public final class Tensors {
  private Tensors() {}

  /** Images of one shape as one float tensor in {@code format}: [n, h, w, c] or [n, c, h, w]. */
  public static INDArray stack(List<Image> images, CNN2DFormat format) {
    Image first = images.get(0);
    int plane = first.pixelCount();
    int channels = first.channels();
    float[] data = new float[images.size() * channels * plane];
    for (int i = 0; i < images.size(); i++) {
      float[] samples = images.get(i).samples();
      int at = i * channels * plane;
      if (channels == Image.GRAY || format == CNN2DFormat.NHWC) {
        System.arraycopy(samples, 0, data, at, samples.length);
        continue;
      }
      for (int c = 0; c < channels; c++) {
        for (int p = 0; p < plane; p++) {
          data[at + c * plane + p] = samples[p * channels + c];
        }
      }
    }
    long[] shape =
        format == CNN2DFormat.NHWC
            ? new long[] {images.size(), first.height(), first.width(), channels}
            : new long[] {images.size(), channels, first.height(), first.width()};
    return Nd4j.create(data, shape, 'c');
  }

  /**
   * Example {@code index} of a tensor in {@code format} as an image of {@code like}'s id and size,
   * with the tensor's channels.
   */
  static Image image(INDArray batch, int index, Image like, CNN2DFormat format) {
    int channels = (int) batch.size(format == CNN2DFormat.NHWC ? 3 : 1);
    float[] planes = plane(batch, index);
    if (channels == Image.GRAY || format == CNN2DFormat.NHWC) {
      return Image.of(like.id(), like.height(), like.width(), channels, planes);
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

  /** Example {@code index} of a 4-d tensor, flat in its own order (row-major). */
  static float[] plane(INDArray batch, int index) {
    return batch.get(NDArrayIndex.point(index)).dup('c').data().asFloat();
  }

  /**
   * The activation format of a network: that of its first convolution fed by the input (NCHW when
   * there is none, DL4J's default).
   */
  static CNN2DFormat format(ComputationGraphConfiguration conf) {
    for (var entry : conf.getVertices().entrySet()) {
      if (entry.getValue() instanceof LayerVertex lv
          && lv.getLayerConf().getLayer() instanceof ConvolutionLayer conv
          && conf.getNetworkInputs().containsAll(conf.getVertexInputs().get(entry.getKey()))) {
        return conv.getCnn2dDataFormat();
      }
    }
    return CNN2DFormat.NCHW;
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
