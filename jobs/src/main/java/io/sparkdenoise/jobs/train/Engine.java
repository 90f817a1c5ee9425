/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the network trains. */
public enum Engine {
  /** On the executors, with dl4j-spark's synchronous parameter averaging. */
  SPARK,
  /** On the driver with core's LocalTrainer, the training rows collected there. */
  LOCAL;

  /** The name in configs and reports: {@code spark} or {@code local}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The engine named {@code id}.
   *
   * @throws IllegalArgumentException listing the known names when there is no such engine
   */
  public static Engine byId(String id) {
    for (Engine e : values()) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        TrainConfig.ENGINE
            + " must be one of "
            + Arrays.stream(values()).map(Engine::id).collect(Collectors.joining(", "))
            + ", got "
            + id);
  }
}
