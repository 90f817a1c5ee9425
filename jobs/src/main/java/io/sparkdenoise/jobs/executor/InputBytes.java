/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import io.sparkdenoise.core.codec.DecodeFailure;
import io.sparkdenoise.core.ingest.Rejection;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The bytes of one input file read on an executor, or the {@link Rejection} that says why they were
 * not: a file over the size limit is not read at all, and an I/O error is a rejection, never an
 * exception, so one bad file does not fail a task. Exactly one of the two is set.
 *
 * @param bytes the file's bytes, or null
 * @param rejection why there are none, or null
 */
public record InputBytes(byte[] bytes, Rejection rejection) {
  /**
   * Reads the file {@code uri} names (a percent-encoded URI, as listings give it).
   *
   * @param maxBytes the largest file read; a larger one is rejected as too large
   */
  public static InputBytes read(HadoopConf conf, String uri, long maxBytes) {
    Path path = FileUris.path(uri);
    Long length = null;
    try {
      FileSystem fs = conf.files(path);
      length = fs.getFileStatus(path).getLen();
      if (length > maxBytes) {
        String message = "file of " + length + " bytes is over the limit of " + maxBytes;
        return new InputBytes(
            null, new Rejection(uri, null, DecodeFailure.TOO_LARGE.code(), message, length, null));
      }
      try (InputStream in = fs.open(path)) {
        return new InputBytes(in.readNBytes((int) (long) length), null);
      }
    } catch (IOException | RuntimeException e) {
      return new InputBytes(null, Rejection.unreadable(uri, null, length, e));
    }
  }
}
