/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import io.sparkdenoise.core.noise.PairNoise;
import java.util.Objects;
import java.util.Optional;

/**
 * What a score run reads: a pairs table ({@code data-schemas/pairs.json}), or an images table
 * ({@code data-schemas/images.json}) with the noise to add on the executors, exactly as the pairs
 * job adds it. Immutable; stays on the driver.
 *
 * @param uri the table's URI
 * @param noise empty for a pairs table; the spec and seed for an images table
 */
public record ScoreInput(String uri, Optional<PairNoise> noise) {
  /** Checks the fields are present. */
  public ScoreInput {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(noise, "noise");
  }

  /** A pairs table. */
  public static ScoreInput pairs(String uri) {
    return new ScoreInput(uri, Optional.empty());
  }

  /** An images table and the noise to add to it. */
  public static ScoreInput images(String uri, PairNoise noise) {
    return new ScoreInput(uri, Optional.of(noise));
  }

  /** Whether this is an images table that gets noise on the fly. */
  public boolean isImages() {
    return noise.isPresent();
  }

  /** {@code pairs} or {@code images}, in provenance and the default run id. */
  public String kind() {
    return isImages() ? "images" : "pairs";
  }
}
