/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import java.util.List;

/**
 * What one noisy file and its clean counterpart became: pairs, rejections, or both (a page whose
 * sizes differ next to pages that pair). Immutable.
 *
 * @param pairs rows for the pairs table
 * @param rejections rows for the rejects table
 */
public record PairOutcome(List<IngestedPair> pairs, List<Rejection> rejections) {
  /** Copies both lists. */
  public PairOutcome {
    pairs = List.copyOf(pairs);
    rejections = List.copyOf(rejections);
  }

  /** Files that became nothing but this rejection. */
  public static PairOutcome rejected(Rejection rejection) {
    return new PairOutcome(List.of(), List.of(rejection));
  }
}
