/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import io.sparkdenoise.core.ingest.Sha256;
import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.jobs.contracts.ModelDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * A model directory's network ({@link ModelDirectory#MODEL_FILE}) as read once on the driver: its
 * bytes (broadcast to the executors, so every executor loads exactly the bytes the id names, even
 * if the file is replaced during the run), its id and its provenance record. Immutable by
 * convention (the array is not copied).
 *
 * @param id the model id: the first {@value #ID_HEX_DIGITS} hex digits of the zip's SHA-256
 * @param bytes the zip
 * @param file the zip as a provenance input, with its full SHA-256
 */
public record ModelZip(String id, byte[] bytes, InputFile file) {
  /** Hex digits of the SHA-256 kept in the model id. */
  static final int ID_HEX_DIGITS = 16;

  /** The id of a model zip: the first 16 hex digits of its SHA-256. */
  public static String idOf(byte[] zip) {
    return Sha256.hex(zip).substring(0, ID_HEX_DIGITS);
  }

  /**
   * Reads the network of the model directory {@code dir} from the file system its URI names.
   *
   * @throws NoSuchFileException when there is no model zip in {@code dir}
   */
  public static ModelZip read(SparkSession spark, String dir) throws IOException {
    Path path = new Path(ModelDirectory.model(dir));
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
    FileStatus status = fs.getFileStatus(path);
    byte[] bytes;
    try (InputStream in = fs.open(path)) {
      bytes = in.readAllBytes();
    }
    String sha = Sha256.hex(bytes);
    return new ModelZip(
        sha.substring(0, ID_HEX_DIGITS),
        bytes,
        InputFile.withSha256(
            fs.makeQualified(path).toString(),
            bytes.length,
            Instant.ofEpochMilli(status.getModificationTime()),
            sha));
  }
}
