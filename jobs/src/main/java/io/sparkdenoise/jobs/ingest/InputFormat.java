/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import java.util.Locale;

/** What kind of input {@code ingest} reads; {@link #AUTO} decides from the input itself. */
public enum InputFormat {
  /** Decide from the input, see {@link FormatDetector}. */
  AUTO,
  /** Image files (PNG, JPEG, BMP, GIF, TIFF), any name: the content decides. */
  FILES,
  /** MNIST-style IDX images files with their labels files. */
  IDX,
  /** CIFAR-10 binary batch files. */
  CIFAR,
  /** A Parquet table with a column of encoded images. */
  PARQUET;

  /** The lower-case name used in config and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format called {@code label}, e.g. {@code idx}. */
  public static InputFormat fromLabel(String label) {
    for (InputFormat format : values()) {
      if (format.label().equals(label)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        IngestConfig.FORMAT
            + " must be one of auto, files, idx, cifar, parquet; got '"
            + label
            + "'");
  }
}
