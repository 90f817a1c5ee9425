/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Writes one file on any Hadoop file system so that readers see the old complete file or the new
 * one, never a part: the text goes to a hidden temporary file next to the target ({@code
 * .<name>.tmp-<uuid>}), which is then renamed over it (an existing target is first renamed aside
 * and deleted after). A failure before the last rename leaves the old file as it was and deletes
 * the temporary one.
 */
final class ReportFiles {
  private ReportFiles() {}

  /** Writes {@code text} as UTF-8 to {@code uri}; returns the qualified target. */
  static Path write(SparkSession spark, String uri, String text) throws IOException {
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (fs instanceof LocalFileSystem local) {
      fs = local.getRawFileSystem(); // no .crc file next to a report meant for people
    }
    Path target = fs.makeQualified(path);
    if (fs.exists(target) && fs.getFileStatus(target).isDirectory()) {
      throw new IOException(uri + " is a directory, not a file to write the report to");
    }
    Path parent = target.getParent();
    fs.mkdirs(parent);
    String hidden = "." + target.getName() + ".";
    Path staged = new Path(parent, hidden + "tmp-" + UUID.randomUUID());
    Path old = new Path(parent, hidden + "old-" + UUID.randomUUID());
    try {
      try (OutputStream out = fs.create(staged, false)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      boolean replacing = fs.exists(target);
      if (replacing) {
        rename(fs, target, old);
      }
      if (!fs.rename(staged, target)) {
        if (replacing) {
          rename(fs, old, target);
        }
        throw new IOException("could not rename " + staged + " to " + target);
      }
      fs.delete(old, false);
      return target;
    } finally {
      fs.delete(staged, false);
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not rename " + from + " to " + to);
    }
  }
}
