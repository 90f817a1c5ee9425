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

/** Conversions between gray images and DL4J's NCHW minibatches, and network facts. */
final class Tensors {
  private Tensors() {}

  /** Gray images of one shape as one [n, 1, height, width] float tensor. */
  static INDArray stack(List<Image> images) {
    Image first = images.get(0);
    int plane = first.pixelCount();
    float[] data = new float[images.size() * plane];
    for (int i = 0; i < images.size(); i++) {
      System.arraycopy(images.get(i).samples(), 0, data, i * plane, plane);
    }
    return Nd4j.create(data, new long[] {images.size(), 1, first.height(), first.width()}, 'c');
  }

  /** Example {@code index} of an [n, 1, height, width] tensor, as a flat row-major plane. */
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
