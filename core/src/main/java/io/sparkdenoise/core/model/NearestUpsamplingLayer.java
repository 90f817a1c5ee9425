/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.upsampling.Upsampling2D;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The runtime of a {@link NearestUpsampling}. In NHWC, seen as [n * h, sh, w, sw, c], the output is
 * the input copied into each of the sh * sw offsets, and the input's gradient is the output's
 * gradient summed over them; in NCHW it is DL4J's own layer.
 */
final class NearestUpsamplingLayer extends Upsampling2D {
  private static final long serialVersionUID = 1L;

  NearestUpsamplingLayer(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  @Override
  public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
    if (getFormat() != CNN2DFormat.NHWC) {
      return super.activate(training, workspaceMgr);
    }
    assertInputSet(false);
    applyDropOutIfNecessary(training, workspaceMgr);
    int[] size = getSize();
    long n = input.size(0);
    long h = input.size(1);
    long w = input.size(2);
    long c = input.size(3);
    INDArray out =
        workspaceMgr.createUninitialized(
            ArrayType.ACTIVATIONS,
            input.dataType(),
            new long[] {n, h * size[0], w * size[1], c},
            'c');
    INDArray blocks = out.reshape('c', n * h, size[0], w, size[1], c);
    INDArray rows = input.reshape('c', n * h, w, c);
    for (int dy = 0; dy < size[0]; dy++) {
      for (int dx = 0; dx < size[1]; dx++) {
        blocks.get(all(), point(dy), all(), point(dx), all()).assign(rows);
      }
    }
    return out;
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(
      INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
    if (getFormat() != CNN2DFormat.NHWC) {
      return super.backpropGradient(epsilon, workspaceMgr);
    }
    assertInputSet(true);
    int[] size = getSize();
    long n = input.size(0);
    long h = input.size(1);
    long w = input.size(2);
    long c = input.size(3);
    INDArray gradient =
        workspaceMgr.createUninitialized(
            ArrayType.ACTIVATION_GRAD, epsilon.dataType(), input.shape(), 'c');
    epsilon
        .reshape('c', n * h, size[0], w, size[1], c)
        .sum(gradient.reshape('c', n * h, w, c), 1, 3);
    return new Pair<>(new DefaultGradient(), backpropDropOutIfPresent(gradient));
  }
}
