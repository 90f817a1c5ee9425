/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.util.List;

/**
 * What a trained network is, for a person choosing or checking a model: its layers in the order
 * they run, each with its output shape and parameter count, for one input size; the channels in and
 * out; the receptive field; and the work per pixel. Shapes depend on the input size (the networks
 * are fully convolutional), parameters and the receptive field do not. Immutable.
 *
 * @param inputHeight the input height in pixels the shapes and work are given for
 * @param inputWidth the input width in pixels
 * @param inputChannels channels of the network's input (1 for gray)
 * @param outputChannels channels of its output
 * @param parameters trainable parameters (weights, biases, batch-normalisation scale and shift and
 *     its running mean and variance), the sum over {@link #layers()}
 * @param receptiveFieldPx the side in pixels of the square window each output pixel depends on, at
 *     most: {@code 2 * receptiveRadius + 1} with the radius bound of {@link ReceptiveField}
 * @param macsPerPixel multiply-adds of the convolutions and transposed convolutions per input pixel
 *     (batch normalisation, pooling, upsampling and activations are not counted)
 * @param layers every layer and vertex but the input, in topological order
 */
public record ModelSummary(
    int inputHeight,
    int inputWidth,
    int inputChannels,
    int outputChannels,
    long parameters,
    int receptiveFieldPx,
    double macsPerPixel,
    List<Layer> layers) {

  /** Copies the layer list. */
  public ModelSummary {
    layers = List.copyOf(layers);
  }

  /**
   * One layer or vertex of the network.
   *
   * @param name its name in the graph, e.g. {@code conv3}
   * @param kind what it does, e.g. {@code conv 3x3 relu}, {@code max pool 2x2}, {@code concat}
   * @param channels output channels
   * @param height output height in pixels for the summary's input size
   * @param width output width in pixels
   * @param parameters its parameters
   * @param macs its multiply-adds for one input image of the summary's size
   */
  public record Layer(
      String name,
      String kind,
      long channels,
      long height,
      long width,
      long parameters,
      long macs) {
    /** The output shape as {@code channels x height x width}, e.g. {@code 32x64x64}. */
    public String shape() {
      return channels + "x" + height + "x" + width;
    }
  }
}
