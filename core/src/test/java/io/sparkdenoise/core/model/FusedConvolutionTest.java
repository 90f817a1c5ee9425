/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.nativesetup.NativeSetup;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The fused convolution, the nearest upsampling and the pixel loss in NHWC compute what DL4J's own
 * convolution, upsampling and loss layers compute in NCHW: the same outputs, score and gradients
 * for the same weights, the first layer's included when it skips its input's gradient.
 */
class FusedConvolutionTest {
  private static final int BATCH = 3;
  private static final int SIZE = 6;
  private static final int CHANNELS = 2;

  @Test
  void matchesDl4jsLayersInOutputScoreAndGradient() {
    for (LossFunction loss : new LossFunction[] {LossFunction.MSE, LossFunction.L1}) {
      ComputationGraph reference = network(false, loss);
      ComputationGraph fused = network(true, loss);
      fused.setParams(reference.params());
      INDArray nchw = Nd4j.rand(new long[] {BATCH, CHANNELS, SIZE, SIZE}).subi(0.3);
      INDArray labels = Nd4j.rand(new long[] {BATCH, CHANNELS, 2 * SIZE, 2 * SIZE});
      INDArray nhwc = nchw.permute(0, 2, 3, 1).dup('c');

      INDArray referenceOut = reference.outputSingle(false, nchw);
      INDArray fusedOut = fused.outputSingle(false, nhwc);
      reference.setInputs(nchw);
      reference.setLabels(labels);
      reference.computeGradientAndScore();
      fused.setInputs(nhwc);
      fused.setLabels(labels.permute(0, 2, 3, 1).dup('c'));
      fused.computeGradientAndScore();

      assertThat(fusedOut.permute(0, 3, 1, 2).equalsWithEps(referenceOut, 1e-5)).isTrue();
      assertThat(fused.score()).as(loss.name()).isCloseTo(reference.score(), within(1e-5));
      INDArray difference = fused.gradient().gradient().sub(reference.gradient().gradient());
      assertThat(difference.amaxNumber().doubleValue()).as(loss.name()).isLessThan(1e-4);
    }
  }

  @Test
  void aFirstLayerKeepsSkippingItsInputGradientAfterASaveAndLoad() {
    String json = network(true, LossFunction.MSE).getConfiguration().toJson();

    var layer = ComputationGraphConfiguration.fromJson(json).getVertices().get("relu");

    assertThat(((LayerVertex) layer).getLayerConf().getLayer())
        .isInstanceOfSatisfying(
            FusedConvolution.class, conv -> assertThat(conv.isInputGradient()).isFalse());
  }

  @Test
  void takesOnlyTheIdentityOrReluSinceItDifferentiatesReluFromItsOutput() {
    ConvolutionLayer.Builder tanh =
        new ConvolutionLayer.Builder(3, 3).nOut(2).activation(Activation.TANH);

    assertThatThrownBy(() -> FusedConvolution.of(tanh))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identity or ReLU");
  }

  /**
   * ReLU convolution with bias, then a convolution without bias, batch normalisation, upsampling
   * and a linear convolution into the loss: every path the presets take through the new layers.
   */
  private static ComputationGraph network(boolean fused, LossFunction loss) {
    NativeSetup.ensureReady();
    CNN2DFormat format = fused ? CNN2DFormat.NHWC : CNN2DFormat.NCHW;
    var graph =
        new NeuralNetConfiguration.Builder()
            .seed(5)
            .updater(new Sgd(0.1))
            .convolutionMode(ConvolutionMode.Same)
            .graphBuilder()
            .addInputs("in")
            .setInputTypes(InputType.convolutional(SIZE, SIZE, CHANNELS, format));
    Layer first = convolution(fused, format, 4, Activation.RELU, true);
    graph.addLayer("relu", fused ? ((FusedConvolution) first).withoutInputGradient() : first, "in");
    graph.addLayer("nobias", convolution(fused, format, 4, Activation.IDENTITY, false), "relu");
    graph.addLayer("bn", new BatchNormalization.Builder().dataFormat(format).build(), "nobias");
    graph.addLayer(
        "up",
        fused
            ? NearestUpsampling.of(2, format)
            : new Upsampling2D.Builder(2).dataFormat(format).build(),
        "bn");
    graph.addLayer("linear", convolution(fused, format, CHANNELS, Activation.IDENTITY, true), "up");
    graph.addLayer(
        "out",
        fused
            ? PixelLoss.of(
                loss.getILossFunction(), Activation.IDENTITY.getActivationFunction(), format)
            : new CnnLossLayer.Builder(loss).activation(Activation.IDENTITY).build(),
        "linear");
    ComputationGraph network = new ComputationGraph(graph.setOutputs("out").build());
    network.init();
    return network;
  }

  private static Layer convolution(
      boolean fused, CNN2DFormat format, int out, Activation activation, boolean bias) {
    ConvolutionLayer.Builder b =
        new ConvolutionLayer.Builder(3, 3)
            .nOut(out)
            .activation(activation)
            .hasBias(bias)
            .dataFormat(format);
    return fused ? FusedConvolution.of(b) : b.build();
  }
}
