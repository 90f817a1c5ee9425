/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import java.io.IOException;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * How the jobs tell a Parquet table from image files by looking: a table is a directory that
 * directly holds {@code *.parquet} files, as Spark writes one. {@code ingest --format auto} and
 * {@code pairs --noisy --clean} decide by this one rule. Stateless.
 */
public final class ParquetInputs {
  private static final String SUFFIX = ".parquet";

  private ParquetInputs() {}

  /** Whether a file name is a Parquet file's ({@code *.parquet}, any case). */
  public static boolean isParquetName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
  }

  /**
   * Whether {@code input} names one directory that directly holds a Parquet file (names starting
   * with {@code .} or {@code _} are not data).
   *
   * @throws java.io.FileNotFoundException when nothing matches {@code input}
   * @throws IOException when it cannot be listed
   */
  public static boolean isTable(HadoopConf conf, String input) throws IOException {
    FileStatus[] matches = ImageFileListing.matches(conf, input);
    if (matches.length != 1 || !matches[0].isDirectory()) {
      return false;
    }
    Path dir = matches[0].getPath();
    for (FileStatus child : conf.fileSystem(dir).listStatus(dir)) {
      String name = child.getPath().getName();
      if (child.isFile() && !name.startsWith(".") && !name.startsWith("_") && isParquetName(name)) {
        return true;
      }
    }
    return false;
  }
}
