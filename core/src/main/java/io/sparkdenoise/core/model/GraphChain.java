/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Builds a chain of layers into a DL4J graph: each call appends one layer fed by the previous one,
 * named by its kind and position ({@code conv3}). Every convolution is 3x3 with "same" padding, so
 * that the network is fully convolutional, and a {@link FusedConvolution}. Activations are {@link
 * #FORMAT}. Not thread-safe; one per network.
 */
final class GraphChain {
  static final String INPUT = "input";
  static final String OUTPUT = "output";

  /** Shape inference needs some input size; convolutions then accept any size at run time. */
  private static final int NOMINAL_SIZE = 28;

  /**
   * Channels last: oneDNN's convolutions read and write it without reordering, where NCHW cost a
   * reorder before and after each one (the {@code seed} network trained 1.1 times faster). For gray
   * images both layouts hold the same bytes; {@link Tensors} follows the network's.
   */
  static final CNN2DFormat FORMAT = CNN2DFormat.NHWC;

  private static final int KERNEL = 3;
  private static final int SCALE = 2;

  /**
   * DL4J's default, Xavier (normal, variance 2 / (fan-in + fan-out)), stated so it cannot drift. On
   * MNIST-like data He initialisation started the seed net at outputs near 1.5 and lost a third
   * more ReLUs in two epochs, training worse; initialisation is not what made MSE collapse (see
   * {@link OutputActivation}).
   */
  static final WeightInit INIT = WeightInit.XAVIER;

  private final GraphBuilder graph;
  private final TrainingOptions options;
  private String last = INPUT;
  private int count;
  private boolean firstConvolution = true;

  private GraphChain(GraphBuilder graph, TrainingOptions options) {
    this.graph = graph;
    this.options = options;
  }

  /**
   * A graph with one input of the options' channels and the options' seed, Adam schedule and
   * initialisation.
   */
  static GraphChain start(TrainingOptions options) {
    GraphBuilder graph =
        new NeuralNetConfiguration.Builder()
            .seed(options.seed())
            .updater(new Adam(options.schedule().toDl4j(options.learningRate())))
            .weightInit(INIT)
            .convolutionMode(ConvolutionMode.Same)
            .graphBuilder()
            .addInputs(INPUT)
            .setInputTypes(
                InputType.convolutional(NOMINAL_SIZE, NOMINAL_SIZE, options.channels(), FORMAT));
    return new GraphChain(graph, options);
  }

  /** A 3x3 convolution with bias and the activation. */
  GraphChain conv(int channels, Activation activation) {
    return append("conv", fused(convolution(channels, activation)));
  }

  /**
   * A residual branch's last 3x3 convolution, linear, with its weights starting at zero: the
   * network starts as the identity and learns the residual from there, instead of first unlearning
   * a random residual as large as the image.
   */
  GraphChain zeroStartConv(int channels) {
    ConvolutionLayer.Builder b =
        convolution(channels, Activation.IDENTITY).weightInit(WeightInit.ZERO);
    return append("conv", fused(b));
  }

  private static ConvolutionLayer.Builder convolution(int channels, Activation activation) {
    return new ConvolutionLayer.Builder(KERNEL, KERNEL)
        .nOut(channels)
        .activation(activation)
        .dataFormat(FORMAT);
  }

  /** A 3x3 convolution without bias, batch normalisation, then ReLU. */
  GraphChain convBatchNormRelu(int channels) {
    ConvolutionLayer.Builder b = convolution(channels, Activation.IDENTITY).hasBias(false);
    append("conv", fused(b));
    append("bn", new BatchNormalization.Builder().dataFormat(FORMAT).build());
    return append("relu", new ActivationLayer.Builder().activation(Activation.RELU).build());
  }

  /** 2x2 max pooling, stride 2. */
  GraphChain maxPool() {
    return append(
        "pool",
        new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
            .kernelSize(SCALE, SCALE)
            .stride(SCALE, SCALE)
            .dataFormat(FORMAT)
            .build());
  }

  /** Nearest-neighbour upsampling by 2. */
  GraphChain upsample() {
    return append("up", NearestUpsampling.of(SCALE, FORMAT));
  }

  /** A 3x3 transposed convolution with stride 2 (doubles height and width) and ReLU. */
  GraphChain transposedConv(int channels) {
    Deconvolution2D.Builder b =
        new Deconvolution2D.Builder(KERNEL, KERNEL)
            .stride(SCALE, SCALE)
            .nOut(channels)
            .activation(Activation.RELU)
            .dataFormat(FORMAT);
    return append("deconv", withDropout(b).build());
  }

  /**
   * {@link #transposedConv} with batch normalisation between the convolution (no bias: the
   * normalisation's shift replaces it) and the ReLU.
   */
  GraphChain transposedConvBatchNormRelu(int channels) {
    Deconvolution2D.Builder b =
        new Deconvolution2D.Builder(KERNEL, KERNEL)
            .stride(SCALE, SCALE)
            .nOut(channels)
            .hasBias(false)
            .activation(Activation.IDENTITY)
            .dataFormat(FORMAT);
    append("deconv", withDropout(b).build());
    append("bn", new BatchNormalization.Builder().dataFormat(FORMAT).build());
    return append("relu", new ActivationLayer.Builder().activation(Activation.RELU).build());
  }

  /** Appends a vertex of any kind fed by the given inputs; it becomes the chain's last. */
  GraphChain vertex(String name, GraphVertex v, String... in) {
    graph.addVertex(name, v, in);
    last = name;
    return this;
  }

  /** The name of the last layer or vertex appended. */
  String last() {
    return last;
  }

  /**
   * Continues the chain from an earlier layer or vertex, so that the next call is fed by {@code
   * name} (for branches, e.g. the skip connections of a U-Net).
   */
  GraphChain from(String name) {
    last = name;
    return this;
  }

  /** Ends the chain in the per-pixel loss with the output activation, and builds the graph. */
  ComputationGraphConfiguration output(Loss loss, Activation activation) {
    graph.addLayer(
        OUTPUT, PixelLoss.of(loss.toDl4j(), activation.getActivationFunction(), FORMAT), last);
    return graph.setOutputs(OUTPUT).build();
  }

  /** The convolution {@code b} describes; fed by the input, it skips the input's gradient. */
  private FusedConvolution fused(ConvolutionLayer.Builder b) {
    boolean fedByInput = INPUT.equals(last);
    FusedConvolution layer = FusedConvolution.of(withDropout(b));
    return fedByInput ? layer.withoutInputGradient() : layer;
  }

  private <T extends ConvolutionLayer.BaseConvBuilder<T>> T withDropout(T builder) {
    if (!firstConvolution && options.dropout() > 0) {
      builder.dropOut(1 - options.dropout()); // DL4J takes the probability of keeping
    }
    firstConvolution = false;
    return builder;
  }

  private GraphChain append(String kind, Layer layer) {
    count++;
    String name = kind + count;
    graph.addLayer(name, layer, last);
    last = name;
    return this;
  }
}
