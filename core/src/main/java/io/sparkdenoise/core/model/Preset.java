/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.nativesetup.NativeSetup;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * The denoising networks we train, by name. All are fully convolutional for gray images (one
 * channel in, one out, samples in [0, 1]) and accept any height and width that is a multiple of
 * {@link #sizeMultiple()}; {@link ModelDenoiser} pads other sizes.
 *
 * <ul>
 *   <li>{@code seed}: the Keras-blog autoencoder, Conv 32 - pool - Conv 16 - pool - Conv 16 - up -
 *       Conv 32 - up - Conv 1 + sigmoid, all 3x3 (12,193 parameters, as torch_ae.py);
 *   <li>{@code seed-bn}: the same with batch normalisation before each hidden ReLU;
 *   <li>{@code transpose}: the same encoder, decoded by stride-2 transposed convolutions;
 *   <li>{@code transpose-bn}: {@code transpose} with batch normalisation after every convolution
 *       (Conv-BN-ReLU encoder, transposed Conv-BN-ReLU decoder), as seed 002 has it;
 *   <li>{@code dncnn}: 10 convolutions of 32 channels with batch normalisation predicting the
 *       noise, output = input - noise; any size, no BCE (its output is not bounded to (0, 1)).
 *   <li>{@code document}: for scanned pages, a residual U-Net (32, 64 and 128 channels at full,
 *       half and quarter resolution, skip connections, output = input - noise estimate): each
 *       output pixel sees a window 46 pixels across, {@code dncnn} 21, so that stains and shading
 *       are told from strokes; multiples of 4, no BCE.
 * </ul>
 */
public enum Preset {
  /** The reference autoencoder. */
  SEED("seed", 4, false, PresetGraphs::seed),
  /** The reference autoencoder with batch normalisation. */
  SEED_BN("seed-bn", 4, false, PresetGraphs::seedBatchNorm),
  /** The reference encoder with a transposed-convolution decoder. */
  TRANSPOSE("transpose", 4, false, PresetGraphs::transpose),
  /** The transposed-convolution autoencoder with batch normalisation after every convolution. */
  TRANSPOSE_BN("transpose-bn", 4, false, PresetGraphs::transposeBatchNorm),
  /** Residual noise estimation, stronger and about 30 times the work of {@code seed}. */
  DNCNN("dncnn", 1, true, PresetGraphs::dncnn),
  /** A residual U-Net with a wide receptive field, for pages. */
  DOCUMENT("document", 4, true, PresetGraphs::document);

  private final String id;
  private final int sizeMultiple;
  private final boolean residual;
  private final Function<TrainingOptions, ComputationGraphConfiguration> graph;

  /**
   * @param residual whether the output is the input minus a noise estimate: unbounded, so neither
   *     BCE nor a sigmoid fits it
   */
  Preset(
      String id,
      int sizeMultiple,
      boolean residual,
      Function<TrainingOptions, ComputationGraphConfiguration> graph) {
    this.id = id;
    this.sizeMultiple = sizeMultiple;
    this.residual = residual;
    this.graph = graph;
  }

  /** The name in configs and reports, e.g. {@code seed-bn}. */
  public String id() {
    return id;
  }

  /** Height and width must be multiples of this (the pooling factor); 1 for any size. */
  public int sizeMultiple() {
    return sizeMultiple;
  }

  /**
   * The preset named {@code id}.
   *
   * @throws IllegalArgumentException listing the known names when there is no such preset
   */
  public static Preset byId(String id) {
    for (Preset p : values()) {
      if (p.id.equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "preset must be one of "
            + Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", "))
            + ", got "
            + id);
  }

  /**
   * The network configuration for these options (no native code runs).
   *
   * @throws IllegalArgumentException when the preset cannot train with the options' loss or output
   */
  public ComputationGraphConfiguration configure(TrainingOptions options) {
    if (residual && options.loss() == Loss.BCE) {
      throw new IllegalArgumentException(
          "preset " + id + " cannot train with loss bce, only l1, mse");
    }
    if (residual && options.output() != OutputActivation.LINEAR_CLIP) {
      throw new IllegalArgumentException(
          "preset "
              + id
              + " outputs the input minus a noise estimate, unbounded: its output can only be "
              + OutputActivation.LINEAR_CLIP.id()
              + ", got "
              + options.output().id());
    }
    return graph.apply(options);
  }

  /** A freshly initialised network, after {@link NativeSetup#ensureReady()}. */
  public Dl4jNetwork build(TrainingOptions options) {
    ComputationGraphConfiguration conf = configure(options);
    NativeSetup.ensureReady();
    ComputationGraph network = new ComputationGraph(conf);
    network.init();
    return Dl4jNetwork.of(network);
  }
}
