/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.core.provenance.Provenance;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.hadoop.fs.ContentSummary;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the {@code _provenance.json} that {@link AtomicCommit} writes next to every output, and
 * describes inputs for new provenance records. Works on any Hadoop FileSystem.
 */
public final class ProvenanceFiles {
  private ProvenanceFiles() {}

  /** The provenance record of the committed output at {@code outputUri}. */
  public static Provenance read(SparkSession spark, String outputUri) throws IOException {
    Path file = new Path(new Path(outputUri), AtomicCommit.PROVENANCE_FILE);
    FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (InputStream in = fs.open(file)) {
      return Provenance.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * The hash of the provenance record of the committed output at {@code outputUri}, which a job
   * records for its input so that its own record names exactly what it read; empty for an output
   * written without one (e.g. a table made by other tools).
   */
  public static Optional<String> hashOf(SparkSession spark, String outputUri) throws IOException {
    try {
      return Optional.of(read(spark, outputUri).hash());
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * An input record for the file or directory at {@code uri}: for a directory, the total size of
   * its files and the newest modification time among the directory and its direct children.
   */
  public static InputFile describe(SparkSession spark, String uri) throws IOException {
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    FileStatus status = fs.getFileStatus(path);
    long modified = status.getModificationTime();
    if (status.isDirectory()) {
      for (FileStatus child : fs.listStatus(path)) {
        modified = Math.max(modified, child.getModificationTime());
      }
    }
    ContentSummary summary = fs.getContentSummary(path);
    return InputFile.of(
        fs.makeQualified(path).toString(), summary.getLength(), Instant.ofEpochMilli(modified));
  }
}
