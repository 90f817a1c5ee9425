/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.ingest.Sha256;
import io.sparkdenoise.jobs.executor.FileUris;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Writes one output file so that its final path holds either nothing, the previous complete
 * version, or the new complete version, never a partial file: the bytes go to a hidden sibling
 * {@code .denoise-tmp-<name hash>-<uuid>} (hidden names are skipped by Spark, Hive and the job's
 * own listing; the name's hash keeps a temporary name short whatever the length of the name, which
 * may be the longest the file system allows), which is renamed to the final name once closed. A
 * temporary file left by a killed task is deleted when the same output is written again.
 */
final class OutputFiles {
  /** Start of the temporary names. */
  static final String TEMP_PREFIX = ".denoise-tmp-";

  /** Hex digits of the name's SHA-256 in its temporary names. */
  private static final int NAME_HASH_DIGITS = 16;

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
    Path temp = FileUris.child(dir, tempPrefix(target) + UUID.randomUUID());
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
      deleteChecksum(fs, target);
      return result;
    } finally {
      if (!published) {
        fs.delete(temp, false);
      }
    }
  }

  /** Deletes temporaries of {@code target} that killed tasks left behind. */
  static void deleteStale(FileSystem fs, Path target) throws IOException {
    String prefix = tempPrefix(target);
    FileStatus[] stale = fs.listStatus(target.getParent(), p -> p.getName().startsWith(prefix));
    for (FileStatus file : stale) {
      fs.delete(file.getPath(), false);
    }
  }

  /**
   * Deletes the checksum file {@code .<name>.crc} that earlier versions of the job, writing through
   * Hadoop's checksummed local file system, kept beside an output on a local disk: it no longer
   * matches the new content, and the mirror holds only the user's pages.
   */
  private static void deleteChecksum(FileSystem fs, Path target) throws IOException {
    if (fs instanceof RawLocalFileSystem) {
      fs.delete(FileUris.child(target.getParent(), "." + target.getName() + ".crc"), false);
    }
  }

  /**
   * {@code .denoise-tmp-<hash of the name>-}: what every temporary name of the target starts with.
   */
  static String tempPrefix(Path target) {
    byte[] name = target.getName().getBytes(StandardCharsets.UTF_8);
    return TEMP_PREFIX + Sha256.hex(name).substring(0, NAME_HASH_DIGITS) + "-";
  }
}
