/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import org.apache.spark.sql.SparkSession;

/**
 * Lists image files on any Hadoop file system with Spark's file index: recursively, with globs, in
 * parallel for large trees, hidden names ({@code .x}, {@code _x}) skipped as everywhere in Spark.
 * Only paths reach the driver; nothing is read. Shared by the jobs that read image files one by one
 * on the executors ({@code ingest}, {@code denoise}).
 */
public final class ImageFileListing {
  /**
   * The largest file the jobs read, in bytes: they read each file whole into the largest byte array
   * Java allows, so a larger one is rejected ({@code too_large}) without being read.
   */
  public static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8L;

  private ImageFileListing() {}

  /** The fully qualified URIs of the files {@code input} (a path, glob or URI) names. */
  public static String[] list(SparkSession spark, String input) {
    return spark
        .read()
        .format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(input)
        .inputFiles();
  }
}
