/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossL1;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * Per-pixel training losses between the network output and the clean image, both in [0, 1].
 * Reported values are means over pixels (like PyTorch's {@code reduction='mean'}).
 */
public enum Loss {
  /** Binary cross-entropy: needs outputs in (0, 1), i.e. a sigmoid output. */
  BCE("bce"),
  /** Mean squared error. */
  MSE("mse"),
  /** Mean absolute error. */
  L1("l1");

  private final String id;

  Loss(String id) {
    this.id = id;
  }

  /** The name in configs and reports: {@code bce}, {@code mse} or {@code l1}. */
  public String id() {
    return id;
  }

  /**
   * The loss named {@code id} (case-insensitive).
   *
   * @throws IllegalArgumentException listing the known names when there is no such loss
   */
  public static Loss byId(String id) {
    for (Loss l : values()) {
      if (l.id.equals(id.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "loss must be one of "
            + Arrays.stream(values()).map(Loss::id).collect(Collectors.joining(", "))
            + ", got "
            + id);
  }

  /**
   * What DL4J's score of one example of {@code height} x {@code width} x {@code channels} is
   * divided by to give the loss per sample: DL4J's MSE already averages over the channels of a
   * pixel, so it is the pixels; BCE and L1 sum over them, so it is the samples.
   */
  public long scorePerSample(int height, int width, int channels) {
    long pixels = (long) height * width;
    return this == MSE ? pixels : pixels * channels;
  }

  /** The loss DL4J's {@code function} is, when it is one of these. */
  static Optional<Loss> ofDl4j(ILossFunction function) {
    return Arrays.stream(values())
        .filter(loss -> loss.toDl4j().getClass().equals(function.getClass()))
        .findFirst();
  }

  ILossFunction toDl4j() {
    return switch (this) {
      case BCE -> new LossBinaryXENT();
      case MSE -> new LossMSE();
      case L1 -> new LossL1();
    };
  }
}
