/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The runtime of a {@link FusedConvolution}: forward, {@code conv2d} into the activations
 * workspace, then ReLU in place; backward, ReLU's derivative taken from the kept output ({@code
 * output > 0} exactly where the pre-activation was), then one {@code conv2d_bp} for the input,
 * weight and bias gradients. Nothing is recomputed or copied between formats. Without the input's
 * gradient (NHWC, stride 1, "same" padding, odd kernels), the weight gradient is one matrix product
 * of the input's shifted copies and the output's gradient, which ND4J has no op for.
 *
 * <p>The kept output is the next layer's input. DL4J lets the next layer change its input in place
 * only to apply dropout, which zeroes or scales by a positive factor: the sign test still holds
 * where the gradient is not zero.
 */
final class FusedConvolutionLayer extends ConvolutionLayer {
  private static final long serialVersionUID = 1L;

  /** ND4J's weight layout code for [out channels, in channels, kernel h, kernel w]: DL4J's. */
  private static final int WEIGHTS_OIHW = 1;

  private transient INDArray output;

  FusedConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  @Override
  public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
    assertInputSet(false);
    applyDropOutIfNecessary(training, workspaceMgr);
    INDArray in = input.castTo(dataType);
    INDArray weights =
        getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, training, workspaceMgr);
    INDArray out =
        workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, outputShape(in), 'c');
    INDArray[] inputs =
        hasBias()
            ? new INDArray[] {
              in,
              weights,
              getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, training, workspaceMgr)
            }
            : new INDArray[] {in, weights};
    Nd4j.exec(
        DynamicCustomOp.builder("conv2d")
            .addInputs(inputs)
            .addOutputs(out)
            .addIntegerArguments(arguments())
            .build());
    if (relu()) {
      Nd4j.exec(new RectifiedLinear(out, out, 0.0));
    }
    output = training ? out : null;
    return out;
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(
      INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
    assertInputSet(true);
    INDArray in = input.castTo(dataType);
    INDArray delta = epsilon.castTo(dataType);
    if (relu()) {
      delta = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, epsilon.shape());
      Nd4j.exec(
          DynamicCustomOp.builder("relu_bp")
              .addInputs(output, epsilon)
              .addOutputs(delta)
              .addFloatingPointArguments(0.0)
              .build());
    }
    INDArray weightGradient = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
    if (!((FusedConvolution) layerConf()).isInputGradient() && shiftable()) {
      return weightsOnly(in, delta, weightGradient, workspaceMgr);
    }
    INDArray weights =
        getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr);
    INDArray inputGradient =
        workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, in.shape(), 'c');
    Gradient gradient = new DefaultGradient();
    INDArray[] inputs;
    INDArray[] outputs;
    if (hasBias()) {
      INDArray bias = getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, true, workspaceMgr);
      INDArray biasGradient = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
      inputs = new INDArray[] {in, weights, bias, delta};
      outputs = new INDArray[] {inputGradient, weightGradient, biasGradient};
      gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGradient);
    } else {
      inputs = new INDArray[] {in, weights, delta};
      outputs = new INDArray[] {inputGradient, weightGradient};
    }
    Nd4j.exec(
        DynamicCustomOp.builder("conv2d_bp")
            .addInputs(inputs)
            .addOutputs(outputs)
            .addIntegerArguments(arguments())
            .build());
    gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGradient, 'c');
    weightNoiseParams.clear();
    output = null;
    return new Pair<>(gradient, backpropDropOutIfPresent(inputGradient));
  }

  /**
   * The parameters' gradients alone; zeros for the input's. Weight gradient [o, c, ky, kx] = sum
   * over pixels p of delta[p, o] times input[p shifted by (ky, kx), c], bias gradient [o] = sum of
   * delta[p, o]: the shifted copies side by side, and a column of ones for the bias, as one
   * [pixels, kh * kw * c (+ 1)] matrix, transposed, times delta as [pixels, o]. One product, where
   * ND4J's column sum alone cost more than the product.
   */
  private Pair<Gradient, INDArray> weightsOnly(
      INDArray in, INDArray delta, INDArray weightGradient, LayerWorkspaceMgr workspaceMgr) {
    int[] kernel = layerConf().getKernelSize();
    long n = in.size(0);
    long h = in.size(1);
    long w = in.size(2);
    long c = in.size(3);
    long weightColumns = (long) kernel[0] * kernel[1] * c;
    long columns = weightColumns + (hasBias() ? 1 : 0);
    int[][] padding = {
      {0, 0}, {kernel[0] / 2, kernel[0] / 2}, {kernel[1] / 2, kernel[1] / 2}, {0, 0}
    };
    INDArray padded = Nd4j.pad(in, padding);
    INDArray shifted =
        workspaceMgr.createUninitialized(
            ArrayType.BP_WORKING_MEM, dataType, new long[] {n, h, w, columns}, 'c');
    for (int ky = 0; ky < kernel[0]; ky++) {
      for (int kx = 0; kx < kernel[1]; kx++) {
        long from = ((long) ky * kernel[1] + kx) * c;
        shifted
            .get(all(), all(), all(), interval(from, from + c))
            .assign(padded.get(all(), interval(ky, ky + h), interval(kx, kx + w), all()));
      }
    }
    if (hasBias()) {
      shifted.get(all(), all(), all(), point(weightColumns)).assign(1.0);
    }
    long outputs = delta.size(3);
    INDArray products =
        Nd4j.gemm(
            shifted.reshape('c', n * h * w, columns),
            delta.reshape('c', n * h * w, outputs),
            true,
            false);
    weightGradient.assign(
        products
            .get(interval(0, weightColumns), all())
            .reshape('c', kernel[0], kernel[1], c, outputs)
            .permute(3, 2, 0, 1));
    Gradient gradient = new DefaultGradient();
    if (hasBias()) {
      INDArray biasGradient = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
      biasGradient.assign(products.get(point(weightColumns), all()).reshape(biasGradient.shape()));
      gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGradient);
    }
    gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGradient, 'c');
    weightNoiseParams.clear();
    output = null;
    return new Pair<>(
        gradient, workspaceMgr.create(ArrayType.ACTIVATION_GRAD, dataType, in.shape(), 'c'));
  }

  /** Whether {@link #weightsOnly} applies: NHWC, stride 1, no dilation, odd kernel, "same". */
  private boolean shiftable() {
    var conf = layerConf();
    int[] k = conf.getKernelSize();
    return conf.getCnn2dDataFormat() == CNN2DFormat.NHWC
        && conf.getConvolutionMode() == ConvolutionMode.Same
        && Arrays.equals(conf.getStride(), new int[] {1, 1})
        && Arrays.equals(conf.getDilation(), new int[] {1, 1})
        && k[0] % 2 == 1
        && k[1] % 2 == 1;
  }

  @Override
  public void clear() {
    super.clear();
    output = null;
  }

  private boolean relu() {
    return layerConf().getActivationFn() instanceof ActivationReLU;
  }

  private long[] outputShape(INDArray in) {
    var conf = layerConf();
    int[] size =
        ConvolutionUtils.getOutputSize(
            in,
            conf.getKernelSize(),
            conf.getStride(),
            conf.getPadding(),
            conf.getConvolutionMode(),
            conf.getDilation(),
            conf.getCnn2dDataFormat());
    long batch = in.size(0);
    long channels = conf.getNOut();
    return conf.getCnn2dDataFormat() == CNN2DFormat.NCHW
        ? new long[] {batch, channels, size[0], size[1]}
        : new long[] {batch, size[0], size[1], channels};
  }

  /** {@code conv2d}'s integer arguments: kernel, stride, padding, dilation, mode, layouts. */
  private int[] arguments() {
    var conf = layerConf();
    int[] k = conf.getKernelSize();
    int[] s = conf.getStride();
    int[] p = conf.getPadding();
    int[] d = conf.getDilation();
    return new int[] {
      k[0],
      k[1],
      s[0],
      s[1],
      p[0],
      p[1],
      d[0],
      d[1],
      conf.getConvolutionMode() == ConvolutionMode.Same ? 1 : 0,
      conf.getCnn2dDataFormat() == CNN2DFormat.NCHW ? 0 : 1,
      WEIGHTS_OIHW
    };
  }
}
