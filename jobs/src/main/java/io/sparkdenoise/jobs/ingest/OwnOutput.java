/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.jobs.config.RefusedSettingException;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Whether an existing output directory holds only what ingest writes there, so that a run may
 * replace it: its {@code images/} and {@code rejects/} tables (Spark's part files, {@value
 * AtomicCommit#SUCCESS_FILE}, {@value AtomicCommit#PROVENANCE_FILE} and the local file system's
 * {@code .crc} files beside them) and the staging directories of its commits. Anything else was put
 * there by someone else, and re-running ingest would delete it when it replaces the tables, or mix
 * it up with them; unless {@value IngestConfig#OVERWRITE} is set, the run is refused naming one
 * such entry.
 */
final class OwnOutput {
  private static final List<String> TABLES =
      List.of(Table.IMAGES.tableName(), Table.REJECTS.tableName());

  /** What a committed Parquet table directory holds, its checksum files included. */
  private static final Pattern TABLE_FILE =
      Pattern.compile(
          "\\.?(part-.*|"
              + Pattern.quote(AtomicCommit.SUCCESS_FILE)
              + "|"
              + Pattern.quote(AtomicCommit.PROVENANCE_FILE)
              + ")(\\.crc)?");

  private OwnOutput() {}

  /**
   * Refuses {@code output} if it is a directory holding anything ingest did not write there.
   *
   * @throws RefusedSettingException naming the output and one foreign entry in it
   */
  static void require(FileSystem fs, Path output) throws IOException {
    Optional<String> foreign = foreignEntry(fs, output);
    if (foreign.isPresent()) {
      throw new RefusedSettingException(
          IngestConfig.OUTPUT
              + " "
              + fs.makeQualified(output)
              + " holds "
              + foreign.get()
              + ", which ingest did not write; choose a new or empty directory, or pass"
              + " --overwrite ("
              + IngestConfig.OVERWRITE
              + "=true) to write there anyway, replacing "
              + String.join("/ and ", TABLES)
              + "/ with everything in them");
    }
  }

  /** The first entry, by name, of {@code output} that ingest did not write, relative to it. */
  private static Optional<String> foreignEntry(FileSystem fs, Path output) throws IOException {
    if (!fs.exists(output) || !fs.getFileStatus(output).isDirectory()) {
      return Optional.empty();
    }
    for (FileStatus entry : sorted(fs.listStatus(output))) {
      String name = entry.getPath().getName();
      if (AtomicCommit.isStagingOf(name, IngestJob.NAME)) {
        continue;
      }
      if (!TABLES.contains(name) || !entry.isDirectory()) {
        return Optional.of(name);
      }
      for (FileStatus file : sorted(fs.listStatus(entry.getPath()))) {
        if (!file.isFile() || !TABLE_FILE.matcher(file.getPath().getName()).matches()) {
          return Optional.of(name + "/" + file.getPath().getName());
        }
      }
    }
    return Optional.empty();
  }

  private static List<FileStatus> sorted(FileStatus[] entries) {
    return Arrays.stream(entries).sorted(Comparator.comparing(FileStatus::getPath)).toList();
  }
}
