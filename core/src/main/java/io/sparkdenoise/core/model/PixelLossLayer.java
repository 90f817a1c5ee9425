/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.convolution.CnnLossLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The runtime of a {@link PixelLoss}: DL4J's {@link CnnLossLayer} with the score computed in the
 * layer's own format, pixels as rows and channels as columns, as its gradient already is.
 */
final class PixelLossLayer extends CnnLossLayer {
  private static final long serialVersionUID = 1L;

  PixelLossLayer(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  @Override
  public double computeScore(
      double fullNetRegTerm, boolean training, LayerWorkspaceMgr workspaceMgr) {
    CNN2DFormat format = layerConf().getFormat();
    INDArray input2d =
        ConvolutionUtils.reshape4dTo2d(input, format, workspaceMgr, ArrayType.FF_WORKING_MEM);
    INDArray labels2d =
        ConvolutionUtils.reshape4dTo2d(labels, format, workspaceMgr, ArrayType.FF_WORKING_MEM);
    INDArray mask =
        ConvolutionUtils.reshapeMaskIfRequired(
            maskArray, input, format, workspaceMgr, ArrayType.FF_WORKING_MEM);
    double total =
        layerConf()
            .getLossFn()
            .computeScore(labels2d, input2d.dup(), layerConf().getActivationFn(), mask, false);
    score = total / getInputMiniBatchSize() + fullNetRegTerm;
    return score;
  }
}
