/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import java.io.Serializable;

/**
 * One input of a denoise run: a file, read by the executor, or a cell of a Parquet table, which
 * arrives with its bytes.
 *
 * @param uri the source URI: the file's, or {@code <table uri>#<id>} for a cell
 * @param relative its path below the input root, which the output and the reference mirror; for a
 *     cell the id, to which the format's extension is added
 * @param cell the cell's bytes, or null for a file
 */
record Item(String uri, String relative, byte[] cell) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** True for a Parquet cell. */
  boolean isCell() {
    return cell != null;
  }
}
