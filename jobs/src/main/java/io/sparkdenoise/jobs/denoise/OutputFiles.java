/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import io.sparkdenoise.core.codec.ImageDecodeException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes one output file so that its final path holds either nothing, the previous complete
 * version, or the new complete version, never a partial file: the bytes go to a hidden sibling
 * {@code .<name>.denoise-tmp-<uuid>} (hidden names are skipped by Spark, Hive and the job's own
 * listing), which is renamed to the final name once closed. A temporary file left by a killed task
 * is deleted when the same output is written again.
 */
final class OutputFiles {
  /** Infix of the temporary names. */
  static final String TEMP_INFIX = ".denoise-tmp-";

  private OutputFiles() {}

  /** Writes the content of an output file. */
  @FunctionalInterface
  interface Content<T> {
    /** Writes the whole file to {@code out} and returns what it measured. */
    T writeTo(OutputStream out) throws ImageDecodeException, IOException;
  }

  /** Writes {@code target} through a temporary file; on any failure the temporary is deleted. */
  static <T> T write(FileSystem fs, Path target, Content<T> content)
      throws ImageDecodeException, IOException {
    Path dir = target.getParent();
    fs.mkdirs(dir);
    deleteStale(fs, target);
    Path temp = new Path(dir, "." + target.getName() + TEMP_INFIX + UUID.randomUUID());
    boolean published = false;
    try {
      T result;
      try (OutputStream out = fs.create(temp, false)) {
        result = content.writeTo(out);
      }
      if (fs.exists(target) && !fs.delete(target, false)) {
        throw new IOException("could not replace " + target);
      }
      if (!fs.rename(temp, target)) {
        throw new IOException("could not rename " + temp + " to " + target);
      }
      published = true;
      return result;
    } finally {
      if (!published) {
        fs.delete(temp, false);
      }
    }
  }

  /** Deletes temporaries of {@code target} that killed tasks left behind. */
  static void deleteStale(FileSystem fs, Path target) throws IOException {
    String prefix = "." + target.getName() + TEMP_INFIX;
    FileStatus[] stale = fs.listStatus(target.getParent(), p -> p.getName().startsWith(prefix));
    for (FileStatus file : stale) {
      fs.delete(file.getPath(), false);
    }
  }
}
