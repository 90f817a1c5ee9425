/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Wires the runtime of one of our DL4J layer configurations ({@link FusedConvolution}, {@link
 * PixelLoss}) as DL4J's own {@code instantiate} methods wire theirs: listeners, index, the
 * parameters' view of the network's flat parameters, initialised from it, and the configuration.
 */
final class LayerRuntimes {
  private LayerRuntimes() {}

  static <L extends Layer> L wire(
      L layer,
      NeuralNetConfiguration conf,
      ParamInitializer initializer,
      Collection<TrainingListener> listeners,
      int layerIndex,
      INDArray paramsView,
      boolean initializeParams) {
    layer.setListeners(listeners);
    layer.setIndex(layerIndex);
    layer.setParamsViewArray(paramsView);
    layer.setParamTable(initializer.init(conf, paramsView, initializeParams));
    layer.setConf(conf);
    return layer;
  }
}
