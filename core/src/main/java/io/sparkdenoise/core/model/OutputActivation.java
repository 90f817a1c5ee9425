/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.nd4j.linalg.activations.Activation;

/**
 * What the last layer of an image-reconstructing network does to its values: squash them into (0,
 * 1) with a sigmoid, as the seed autoencoders do, or leave them linear and clip to [0, 1] only when
 * images are made ({@link ModelDenoiser}).
 *
 * <p>BCE needs the sigmoid: its targets and outputs are probabilities, and through the sigmoid its
 * gradient is simply {@code output - target}. For MSE and L1 the default is linear: their gradient
 * through a sigmoid is scaled by {@code y (1 - y)}, and on mostly-black images the first Adam steps
 * drive every logit far below 0, where that factor vanishes, so training can stall at an all-black
 * output (PyTorch does the same). The sigmoid stays available for them because the seeds used it;
 * BENCHMARKS.md shows what it costs.
 */
public enum OutputActivation {
  /** {@code 1 / (1 + e^-x)}: outputs in (0, 1). */
  SIGMOID("sigmoid", Activation.SIGMOID),
  /** The identity while training; outputs are clipped to [0, 1] when images are made. */
  LINEAR_CLIP("linear-clip", Activation.IDENTITY);

  private final String id;
  private final Activation dl4j;

  OutputActivation(String id, Activation dl4j) {
    this.id = id;
    this.dl4j = dl4j;
  }

  /** The name in configs, e.g. {@code linear-clip}. */
  public String id() {
    return id;
  }

  /** The usual output for {@code loss}: the sigmoid for BCE, linear for MSE and L1. */
  public static OutputActivation forLoss(Loss loss) {
    return loss == Loss.BCE ? SIGMOID : LINEAR_CLIP;
  }

  /**
   * The output named {@code id}.
   *
   * @throws IllegalArgumentException listing the known names when there is none such
   */
  public static OutputActivation byId(String id) {
    for (OutputActivation o : values()) {
      if (o.id.equals(id)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "output must be one of "
            + Arrays.stream(values()).map(OutputActivation::id).collect(Collectors.joining(", "))
            + ", got "
            + id);
  }

  /** DL4J's activation for the output layer. */
  Activation dl4j() {
    return dl4j;
  }
}
