/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import io.sparkdenoise.core.noise.PairNoise;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The part of a score run the executors need, besides the broadcast model zip. Immutable,
 * serializable, thread-safe.
 *
 * @param modelId the model's id, or null for a baselines-only run
 * @param provenanceHash the hash of the run's provenance, stored in every row
 * @param batchSize images per model forward pass
 * @param noise the noise to add to an images table, or null when the input is a pairs table
 * @param writeImages whether the model rows carry the model's output as a 16-bit PNG
 * @param baselines the names of the baselines to score, in scoring order
 * @param ocrLanguage the Tesseract language code rows with ground-truth text are read in for the
 *     OCR columns, or null when they are not read
 */
record ScoreParams(
    String modelId,
    String provenanceHash,
    int batchSize,
    PairNoise noise,
    boolean writeImages,
    List<String> baselines,
    String ocrLanguage)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks the hash is present and the batch size positive. */
  ScoreParams {
    Objects.requireNonNull(provenanceHash, "provenanceHash");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    baselines = List.copyOf(baselines);
  }
}
