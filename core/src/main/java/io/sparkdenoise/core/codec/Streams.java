/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Stream helpers of the dataset readers. */
final class Streams {
  private static final int GZIP_MAGIC_1 = 0x1F;
  private static final int GZIP_MAGIC_2 = 0x8B;

  private Streams() {}

  /** {@code in}, decompressed when it starts with the gzip magic {@code 1f 8b} (not by name). */
  static InputStream gunzipIfCompressed(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2
        ? new BufferedInputStream(new GZIPInputStream(buffered))
        : buffered;
  }
}
