/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import io.sparkdenoise.core.image.Image;
import java.util.Objects;

/**
 * One real noisy/clean pair, a page or a tile of one, for the pairs table: both images have the
 * same shape.
 *
 * @param id the pair's id, from the files' relative path, page and tile
 * @param split train, validation or test, the page's
 * @param noisy the noisy pixels
 * @param clean the clean pixels
 */
public record IngestedPair(String id, String split, Image noisy, Image clean) {
  /** Checks that both sides have one shape. */
  public IngestedPair {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(split, "split");
    if (!noisy.sameShape(clean)) {
      throw new IllegalArgumentException(
          "a pair's sides must have one shape, got " + noisy + " and " + clean);
    }
  }
}
