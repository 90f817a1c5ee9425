/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.GlobExpander;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Lists image files on any Hadoop file system with Spark's file index: recursively, with globs, in
 * parallel for large trees, hidden names ({@code .x}, {@code _x}) skipped as everywhere in Spark.
 * Only paths reach the driver; nothing is read. Shared by the jobs that read image files one by one
 * on the executors ({@code ingest}, {@code denoise}).
 *
 * <p>Globs are Hadoop's, as given: braces may hold whole paths (<code>{/a,/b}/*.png</code>), which
 * Hadoop expands before it matches ({@link #patterns}); Spark would read such a pattern as a path
 * relative to the working directory.
 */
public final class ImageFileListing {
  /**
   * The largest file the jobs read, in bytes: they read each file whole into the largest byte array
   * Java allows, so a larger one is rejected ({@code too_large}) without being read.
   */
  public static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8L;

  private ImageFileListing() {}

  /**
   * The files {@code input} (a path, glob or URI) names, as fully qualified, percent-encoded URIs
   * ({@link FileUris#path} reads them).
   *
   * @throws IOException when the glob cannot be expanded
   */
  public static String[] list(SparkSession spark, String input) throws IOException {
    String[] patterns = patterns(input).toArray(String[]::new);
    try {
      return spark
          .read()
          .format("binaryFile")
          .option("recursiveFileLookup", "true")
          .load(patterns)
          .inputFiles();
    } catch (IllegalArgumentException e) {
      throw unmatchable(input, e);
    }
  }

  /**
   * What {@code input} matches, as Hadoop's {@code globStatus} gives it.
   *
   * @throws FileNotFoundException when nothing matches
   * @throws IOException when the glob cannot be expanded
   */
  public static FileStatus[] matches(HadoopConf conf, String input) throws IOException {
    Path pattern = new Path(input);
    FileStatus[] matched;
    try {
      matched = conf.fileSystem(pattern).globStatus(pattern);
    } catch (IllegalArgumentException e) {
      throw unmatchable(input, e);
    }
    if (matched == null || matched.length == 0) {
      throw new FileNotFoundException("no input matches " + input);
    }
    return matched;
  }

  /**
   * {@code input} as the globs Hadoop matches one by one: its braces that hold a {@code /} expanded
   * (<code>{/a,/b}/*.png</code> is {@code /a/*.png} and {@code /b/*.png}), anything else as given.
   *
   * @throws IOException for unbalanced braces
   */
  public static List<String> patterns(String input) throws IOException {
    return GlobExpander.expand(input);
  }

  /**
   * Hadoop builds the path of every name a wildcard matches by parsing it, and a name holding
   * {@code :} parses as a scheme: such a name cannot be matched by a glob, only listed below a
   * directory.
   */
  private static IOException unmatchable(String input, IllegalArgumentException e) {
    return new IOException(
        "cannot match "
            + input
            + ": "
            + e.getMessage()
            + " (Hadoop's globs cannot match a file name holding ':'; give its directory instead)",
        e);
  }
}
