/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import io.sparkdenoise.core.ingest.Rejection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one task (or, merged, the whole run) did: counts and the rejected inputs. Only this goes
 * back to the driver, never pixels. Mutable; not thread-safe.
 */
final class Tally implements Serializable {
  private static final long serialVersionUID = 1L;

  long files;
  long processedFiles;
  long processedPages;
  long skippedFiles;
  long skippedPages;
  double megapixels;
  final List<Rejection> rejections = new ArrayList<>();

  /** This tally plus {@code other}, in place. */
  Tally merge(Tally other) {
    files += other.files;
    processedFiles += other.processedFiles;
    processedPages += other.processedPages;
    skippedFiles += other.skippedFiles;
    skippedPages += other.skippedPages;
    megapixels += other.megapixels;
    rejections.addAll(other.rejections);
    return this;
  }
}
