/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What one input became: image rows, reject rows, or both (a page too small to tile next to good
 * pages). Immutable.
 *
 * @param images rows for the images table
 * @param rejections rows for the rejects table
 */
public record Outcome(List<IngestedImage> images, List<Rejection> rejections) {
  /** Copies both lists. */
  public Outcome {
    images = List.copyOf(images);
    rejections = List.copyOf(rejections);
  }

  /** An input that became nothing but this rejection. */
  public static Outcome rejected(Rejection rejection) {
    return new Outcome(List.of(), List.of(rejection));
  }

  /** Both outcomes' rows, this one's first. */
  public Outcome plus(Outcome other) {
    List<IngestedImage> allImages = new ArrayList<>(images);
    allImages.addAll(other.images);
    List<Rejection> allRejections = new ArrayList<>(rejections);
    allRejections.addAll(other.rejections);
    return new Outcome(allImages, allRejections);
  }
}
