/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.inputs.InputType.InputTypeConvolutional;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Walks a DL4J graph into a {@link ModelSummary}: DL4J's own shape inference for the input size
 * gives each vertex's output shape, the initialised layers their parameter counts, and the layer
 * configurations (kernel, channels in and out) the multiply-adds. The graph is not changed (shape
 * inference runs on a copy of its configuration). Stateless.
 */
final class GraphSummary {
  private GraphSummary() {}

  /** The summary of {@code graph} for inputs of {@code height} x {@code width} pixels. */
  static ModelSummary of(ComputationGraph graph, int height, int width) {
    if (height < 1 || width < 1) {
      throw new IllegalArgumentException(
          "input size must be positive, got " + height + "x" + width);
    }
    ComputationGraphConfiguration conf = graph.getConfiguration().clone();
    int inputChannels = inputChannels(conf);
    Map<String, InputType> shapes =
        conf.getLayerActivationTypes(
            false,
            false,
            InputType.convolutional(height, width, inputChannels, Tensors.format(conf)));
    List<ModelSummary.Layer> layers = new ArrayList<>();
    for (String name : graph.getConfiguration().getTopologicalOrderStr()) {
      GraphVertex vertex = conf.getVertices().get(name);
      if (vertex == null) {
        continue; // a network input
      }
      InputTypeConvolutional out = (InputTypeConvolutional) shapes.get(name);
      long parameters = graph.getVertex(name).numParams();
      long macs = macs(vertex, out, shapes, conf.getVertexInputs().get(name));
      layers.add(
          new ModelSummary.Layer(
              name,
              kind(vertex),
              out.getChannels(),
              out.getHeight(),
              out.getWidth(),
              parameters,
              macs));
    }
    String output = conf.getNetworkOutputs().get(0);
    return new ModelSummary(
        height,
        width,
        inputChannels,
        (int) ((InputTypeConvolutional) shapes.get(output)).getChannels(),
        layers.stream().mapToLong(ModelSummary.Layer::parameters).sum(),
        2 * ReceptiveField.radius(graph) + 1,
        layers.stream().mapToLong(ModelSummary.Layer::macs).sum() / ((double) height * width),
        layers);
  }

  /** The channels the first layer fed by the network's input takes. */
  static int inputChannels(ComputationGraphConfiguration conf) {
    String input = conf.getNetworkInputs().get(0);
    for (Map.Entry<String, GraphVertex> entry : conf.getVertices().entrySet()) {
      List<String> in = conf.getVertexInputs().get(entry.getKey());
      if (in != null
          && in.contains(input)
          && entry.getValue() instanceof LayerVertex v
          && v.getLayerConf().getLayer() instanceof FeedForwardLayer f) {
        return (int) f.getNIn();
      }
    }
    throw new IllegalArgumentException("no layer of the network takes its input " + input);
  }

  /**
   * Multiply-adds of a (transposed) convolution for one image: each output pixel of a convolution
   * takes kernel x kernel x channels-in for each channel out; each input pixel of a transposed
   * convolution gives that many to the output.
   */
  private static long macs(
      GraphVertex vertex,
      InputTypeConvolutional out,
      Map<String, InputType> shapes,
      List<String> inputs) {
    if (!(vertex instanceof LayerVertex v)) {
      return 0;
    }
    Layer layer = v.getLayerConf().getLayer();
    if (!(layer instanceof ConvolutionLayer conv)) {
      return 0;
    }
    long perPixel =
        conv.getKernelSize()[0] * (long) conv.getKernelSize()[1] * conv.getNIn() * conv.getNOut();
    if (layer instanceof Deconvolution2D) {
      InputTypeConvolutional in = (InputTypeConvolutional) shapes.get(inputs.get(0));
      return perPixel * in.getHeight() * in.getWidth();
    }
    return perPixel * out.getHeight() * out.getWidth();
  }

  /** What the vertex does, in a few words. */
  private static String kind(GraphVertex vertex) {
    if (vertex instanceof MergeVertex) {
      return "concat";
    }
    if (vertex instanceof ElementWiseVertex e) {
      return e.getOp().name().toLowerCase(Locale.ROOT);
    }
    if (!(vertex instanceof LayerVertex v)) {
      return vertex.getClass().getSimpleName();
    }
    Layer layer = v.getLayerConf().getLayer();
    if (layer instanceof Deconvolution2D d) {
      return "transposed conv "
          + kernel(d.getKernelSize())
          + " stride "
          + d.getStride()[0]
          + " "
          + d.getActivationFn();
    }
    if (layer instanceof ConvolutionLayer c) {
      return "conv " + kernel(c.getKernelSize()) + " " + c.getActivationFn();
    }
    if (layer instanceof SubsamplingLayer p) {
      return p.getPoolingType().name().toLowerCase(Locale.ROOT)
          + " pool "
          + kernel(p.getKernelSize());
    }
    if (layer instanceof Upsampling2D u) {
      return "upsample x" + u.getSize()[0];
    }
    if (layer instanceof BatchNormalization) {
      return "batch norm";
    }
    if (layer instanceof ActivationLayer a) {
      return a.getActivationFn().toString();
    }
    if (layer instanceof CnnLossLayer loss) {
      return "loss " + lossName(loss) + ", " + loss.getActivationFn();
    }
    return layer.getClass().getSimpleName();
  }

  private static String kernel(int[] size) {
    return size[0] + "x" + size[1];
  }

  /** The {@link Loss} id of the output layer's loss function, or DL4J's name for it. */
  private static String lossName(CnnLossLayer layer) {
    return Loss.ofDl4j(layer.getLossFn()).map(Loss::id).orElse(layer.getLossFn().name());
  }
}
