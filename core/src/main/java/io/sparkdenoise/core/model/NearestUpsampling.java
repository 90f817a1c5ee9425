/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's nearest-neighbour upsampling ({@link Upsampling2D}: same fields, JSON and results) run by
 * {@link NearestUpsamplingLayer}, which in NHWC copies whole pixels (all channels at once) instead
 * of calling ND4J's {@code upsampling2d} and {@code upsampling_bp}.
 *
 * <p>Saved models name this class in their configuration, so it must stay loadable under this name.
 */
public class NearestUpsampling extends Upsampling2D {
  private static final long serialVersionUID = 1L;

  /** For JSON deserialisation. */
  public NearestUpsampling() {}

  /** Upsampling by {@code factor} in height and width, activations in {@code format}. */
  public static NearestUpsampling of(int factor, CNN2DFormat format) {
    NearestUpsampling layer = new NearestUpsampling();
    layer.setSize(new int[] {factor, factor});
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
        new NearestUpsamplingLayer(conf, networkDataType),
        conf,
        initializer(),
        listeners,
        layerIndex,
        paramsView,
        initializeParams);
  }
}
