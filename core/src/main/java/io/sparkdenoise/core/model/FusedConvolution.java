/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A DL4J convolution layer (same parameters, same JSON fields, same mathematics as {@link
 * ConvolutionLayer}) run by {@link FusedConvolutionLayer}, which trains it faster: ND4J's {@code
 * conv2d} and {@code conv2d_bp} (oneDNN on the CPU) called directly in the network's data format,
 * ReLU applied in place and differentiated from the layer's output. Only the identity and ReLU
 * activations, the two every preset uses. A layer fed by the network's input can skip the input's
 * gradient, which nothing uses ({@link #withoutInputGradient()}), as PyTorch does.
 *
 * <p>Why: DL4J's own layer computes the convolution a second time in every backward pass unless the
 * network caches activations, and in NHWC copies its input to NCHW on every pass; with one input
 * channel, the first layer's input gradient was its costliest part. Together with NHWC this halved
 * the {@code seed} network's training step (BENCHMARKS.md, "Training speed against PyTorch").
 *
 * <p>Saved models name this class in their configuration, so it must stay loadable under this name.
 */
public class FusedConvolution extends ConvolutionLayer {
  private static final long serialVersionUID = 1L;

  private boolean inputGradient = true;

  /** For JSON deserialisation. */
  public FusedConvolution() {}

  private FusedConvolution(ConvolutionLayer.Builder builder) {
    super(builder);
  }

  /**
   * The layer {@code builder} describes.
   *
   * @throws IllegalArgumentException when its activation is neither identity nor ReLU
   */
  public static FusedConvolution of(ConvolutionLayer.Builder builder) {
    FusedConvolution layer = new FusedConvolution(builder);
    if (!(layer.getActivationFn() instanceof ActivationIdentity)
        && !(layer.getActivationFn() instanceof ActivationReLU)) {
      throw new IllegalArgumentException(
          "a fused convolution takes the identity or ReLU, got " + layer.getActivationFn());
    }
    return layer;
  }

  /**
   * This layer, computing only its parameters' gradients in the backward pass and handing zeros
   * back as its input's gradient: for the first layer, whose input is the network's.
   */
  public FusedConvolution withoutInputGradient() {
    inputGradient = false;
    return this;
  }

  /** Whether the backward pass computes the input's gradient (JSON property). */
  public boolean isInputGradient() {
    return inputGradient;
  }

  /** For JSON deserialisation. */
  public void setInputGradient(boolean inputGradient) {
    this.inputGradient = inputGradient;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FusedConvolution other
        && super.equals(other)
        && inputGradient == other.inputGradient;
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Boolean.hashCode(inputGradient);
  }

  @Override
  public Layer instantiate(
      NeuralNetConfiguration conf,
      Collection<TrainingListener> listeners,
      int layerIndex,
      INDArray paramsView,
      boolean initializeParams,
      DataType networkDataType) {
    return LayerRuntimes.wire(
        new FusedConvolutionLayer(conf, networkDataType),
        conf,
        initializer(),
        listeners,
        layerIndex,
        paramsView,
        initializeParams);
  }
}
