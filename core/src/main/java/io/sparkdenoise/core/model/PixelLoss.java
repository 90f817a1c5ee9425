/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * DL4J's per-pixel loss layer ({@link CnnLossLayer}: same fields, JSON and gradient) run by {@link
 * PixelLossLayer}, which reports the score of NHWC activations right. DL4J 1.0.0-M2.1 computes the
 * score as if its input were NCHW whatever the layer's format, so an NHWC network's MSE came out
 * divided by the image height instead of the channels (its gradient was right).
 *
 * <p>Saved models name this class in their configuration, so it must stay loadable under this name.
 */
public class PixelLoss extends CnnLossLayer {
  private static final long serialVersionUID = 1L;

  /** For JSON deserialisation. */
  public PixelLoss() {}

  /** The loss {@code loss} after {@code activation}, over activations in {@code format}. */
  public static PixelLoss of(ILossFunction loss, IActivation activation, CNN2DFormat format) {
    PixelLoss layer = new PixelLoss();
    layer.setLossFn(loss);
    layer.setActivationFn(activation);
    layer.setFormat(format);
    return layer;
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
        new PixelLossLayer(conf, networkDataType),
        conf,
        initializer(),
        listeners,
        layerIndex,
        paramsView,
        initializeParams);
  }
}
