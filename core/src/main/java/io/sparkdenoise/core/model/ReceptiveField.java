/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.util.Map;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * An upper bound of a convolutional network's receptive-field radius in input pixels: no output
 * pixel depends on an input pixel farther away than this (Chebyshev distance). Tiled inference
 * needs it: a tile margin at least this wide makes the tiled output equal the whole-image output.
 *
 * <p>Walks the layers in topological order, tracking the scale (input pixels per feature pixel): a
 * convolution of kernel {@code k} and dilation {@code d} adds {@code ceil((k - 1) d / 2)} feature
 * pixels, a pooling window of {@code k} adds {@code k - 1}, an upsampling or transposed convolution
 * adds its kernel at the coarse scale; other layers (batch normalisation, activations, element-wise
 * vertices) add nothing. Summing over every layer of every branch only over-estimates. Stateless.
 */
public final class ReceptiveField {
  private ReceptiveField() {}

  /** The radius bound of {@code network}, at least 0. */
  public static int radius(ComputationGraph network) {
    Map<String, GraphVertex> vertices = network.getConfiguration().getVertices();
    double scale = 1;
    double radius = 0;
    for (int index : network.topologicalSortOrder()) {
      GraphVertex vertex = vertices.get(network.getVertices()[index].getVertexName());
      if (!(vertex instanceof LayerVertex layerVertex)) {
        continue;
      }
      Layer layer = layerVertex.getLayerConf().getLayer();
      if (layer instanceof Deconvolution2D deconv) {
        radius += deconv.getKernelSize()[0] * scale;
        scale /= deconv.getStride()[0];
      } else if (layer instanceof ConvolutionLayer conv) {
        radius += Math.ceil((conv.getKernelSize()[0] - 1) * conv.getDilation()[0] / 2.0) * scale;
        scale *= conv.getStride()[0];
      } else if (layer instanceof SubsamplingLayer pool) {
        radius += (pool.getKernelSize()[0] - 1) * scale;
        scale *= pool.getStride()[0];
      } else if (layer instanceof Upsampling2D up) {
        radius += scale;
        scale /= up.getSize()[0];
      }
    }
    return (int) Math.ceil(radius);
  }
}
