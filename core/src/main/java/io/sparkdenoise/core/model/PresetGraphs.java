/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.nd4j.linalg.activations.Activation;

/** The layer lists of the presets; see {@link Preset} for what each is for. */
final class PresetGraphs {
  private static final int WIDE = 32;
  private static final int NARROW = 16;

  /** DnCNN depth (convolutions) and width, cut down from 17 x 64 for 2-core CPUs. */
  static final int DNCNN_DEPTH = 10;

  static final int DNCNN_WIDTH = 32;

  /**
   * Channels of the document U-Net's levels, full resolution first; each further level is pooled by
   * 2, so inputs must be multiples of 2^(levels - 1).
   */
  static final int[] DOCUMENT_WIDTHS = {32, 64, 128};

  /** Name prefix of the document U-Net's skip connections (channel concatenations). */
  static final String SKIP = "skip";

  static final String NOISE = "noise";
  static final String RESIDUAL = "residual";

  private PresetGraphs() {}

  /** The Keras-blog autoencoder, layer for layer as torch_ae.py. */
  static ComputationGraphConfiguration seed(TrainingOptions o) {
    return GraphChain.start(o)
        .conv(WIDE, Activation.RELU)
        .maxPool()
        .conv(NARROW, Activation.RELU)
        .maxPool()
        .conv(NARROW, Activation.RELU)
        .upsample()
        .conv(WIDE, Activation.RELU)
        .upsample()
        .conv(o.channels(), Activation.IDENTITY)
        .output(o.loss(), o.output().dl4j());
  }

  /** {@link #seed} with batch normalisation between each hidden convolution and its ReLU. */
  static ComputationGraphConfiguration seedBatchNorm(TrainingOptions o) {
    return GraphChain.start(o)
        .convBatchNormRelu(WIDE)
        .maxPool()
        .convBatchNormRelu(NARROW)
        .maxPool()
        .convBatchNormRelu(NARROW)
        .upsample()
        .convBatchNormRelu(WIDE)
        .upsample()
        .conv(o.channels(), Activation.IDENTITY)
        .output(o.loss(), o.output().dl4j());
  }

  /** {@link #seed}'s encoder; the decoder upsamples with stride-2 transposed convolutions. */
  static ComputationGraphConfiguration transpose(TrainingOptions o) {
    return GraphChain.start(o)
        .conv(WIDE, Activation.RELU)
        .maxPool()
        .conv(NARROW, Activation.RELU)
        .maxPool()
        .conv(NARROW, Activation.RELU)
        .transposedConv(NARROW)
        .transposedConv(WIDE)
        .conv(o.channels(), Activation.IDENTITY)
        .output(o.loss(), o.output().dl4j());
  }

  /**
   * {@link #transpose} with batch normalisation after every convolution: Conv-BN-ReLU encoder,
   * transposed Conv-BN-ReLU decoder (seed 002's autoencoder).
   */
  static ComputationGraphConfiguration transposeBatchNorm(TrainingOptions o) {
    return GraphChain.start(o)
        .convBatchNormRelu(WIDE)
        .maxPool()
        .convBatchNormRelu(NARROW)
        .maxPool()
        .convBatchNormRelu(NARROW)
        .transposedConvBatchNormRelu(NARROW)
        .transposedConvBatchNormRelu(WIDE)
        .conv(o.channels(), Activation.IDENTITY)
        .output(o.loss(), o.output().dl4j());
  }

  /**
   * Residual learning (Zhang et al., DnCNN): the convolutions estimate the noise and the output is
   * the input minus that estimate, unbounded (hence no BCE). The estimate's convolution starts at
   * zero, so the network starts as the identity: from a random start the RGB network stayed at the
   * identity for 8 epochs of colour photographs (BENCHMARKS.md, "Colour photographs").
   */
  static ComputationGraphConfiguration dncnn(TrainingOptions o) {
    GraphChain chain = GraphChain.start(o).conv(DNCNN_WIDTH, Activation.RELU);
    for (int i = 0; i < DNCNN_DEPTH - 2; i++) {
      chain.convBatchNormRelu(DNCNN_WIDTH);
    }
    return residualOutput(chain.zeroStartConv(o.channels()), o);
  }

  /**
   * A small residual U-Net for pages ({@code document}): two 3x3 convolutions per level at three
   * resolutions (full, 1/2, 1/4), the decoder upsampling by nearest neighbour and concatenating the
   * encoder's features of the same level (skip connections keep thin strokes sharp), the last
   * convolution estimating the noise and the output the input minus that estimate, as in {@link
   * #dncnn}. Each output pixel sees a window 46 pixels across (dncnn: 21) for about 1.5 times
   * dncnn's work per pixel, most of it at the pooled levels: enough context to tell a stain or a
   * shading gradient from a stroke, and to average flat paper over a wide area. Its estimate starts
   * from random weights, as the built-in model was trained (zero start, as dncnn has it, is not
   * measured on it).
   */
  static ComputationGraphConfiguration document(TrainingOptions o) {
    int levels = DOCUMENT_WIDTHS.length;
    String[] skips = new String[levels - 1];
    GraphChain chain = GraphChain.start(o);
    for (int level = 0; level < levels; level++) {
      if (level > 0) {
        chain.maxPool();
      }
      chain
          .conv(DOCUMENT_WIDTHS[level], Activation.RELU)
          .conv(DOCUMENT_WIDTHS[level], Activation.RELU);
      if (level < levels - 1) {
        skips[level] = chain.last();
      }
    }
    for (int level = levels - 2; level >= 0; level--) {
      String up = chain.upsample().last();
      chain
          .vertex(SKIP + level, new ChannelMerge(), up, skips[level])
          .conv(DOCUMENT_WIDTHS[level], Activation.RELU)
          .conv(DOCUMENT_WIDTHS[level], Activation.RELU);
    }
    return residualOutput(chain.conv(o.channels(), Activation.IDENTITY), o);
  }

  /**
   * Ends a chain whose last layer estimates the noise (a convolution to the image's channels): the
   * input minus that estimate, and the loss on that difference, unbounded.
   */
  private static ComputationGraphConfiguration residualOutput(GraphChain chain, TrainingOptions o) {
    return chain
        .vertex(
            RESIDUAL,
            new ElementWiseVertex(ElementWiseVertex.Op.Subtract),
            GraphChain.INPUT,
            chain.last())
        .output(o.loss(), Activation.IDENTITY);
  }
}
