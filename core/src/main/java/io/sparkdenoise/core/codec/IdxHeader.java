/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

/**
 * The header of an IDX file (the MNIST format: big-endian magic {@code 00 00 type dims}, then one
 * 32-bit size per dimension) and its fixed record layout, so that a plain file can be split by byte
 * ranges: record {@code i} occupies {@code [recordOffset(i), recordOffset(i) + recordLength())}.
 *
 * @param count records in the file (the first dimension)
 * @param rows rows of each image, 1 for a labels file
 * @param cols columns of each image, 1 for a labels file
 * @param headerLength bytes before the first record: 4 + 4 x dimensions
 */
public record IdxHeader(int count, int rows, int cols, int headerLength) {
  /** Checks the sizes are non-negative (count) and positive (rows, cols). */
  public IdxHeader {
    if (count < 0 || rows < 1 || cols < 1 || headerLength < 1) {
      throw new IllegalArgumentException(
          "IDX sizes must be count >= 0, rows and cols >= 1, got "
              + count
              + " x "
              + rows
              + " x "
              + cols);
    }
  }

  /** Bytes per record: rows x cols (one unsigned byte per sample). */
  public int recordLength() {
    return rows * cols;
  }

  /** The byte offset of record {@code index} in an uncompressed file. */
  public long recordOffset(long index) {
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException("index must be in [0, " + count + "), got " + index);
    }
    return headerLength + index * recordLength();
  }

  /** The length of a complete uncompressed file. */
  public long fileLength() {
    return headerLength + (long) count * recordLength();
  }
}
