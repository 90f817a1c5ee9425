/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import io.sparkdenoise.core.ingest.Sha256;
import io.sparkdenoise.core.model.ModelArchive;
import io.sparkdenoise.core.model.ModelFiles;
import io.sparkdenoise.core.model.TrainedNetwork;
import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.contracts.BuiltInModel;
import io.sparkdenoise.jobs.contracts.ModelDirectory;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * A model's network as read once on the driver: its bytes (broadcast to the executors, so every
 * executor loads exactly the bytes the id names, even if the file is replaced during the run), its
 * id, its provenance record and the name messages give it. A model is named by a {@code --model}
 * value: {@value BuiltInModel#NAME} (the model in the jobs jar), a model directory (its {@value
 * ModelDirectory#MODEL_FILE}), or the path of a model zip itself, on any Hadoop file system. The
 * zip is checked ({@link ModelArchive}) and loaded once on the driver before anything else is done
 * with it, so a bad model file stops a job there in one line naming it, never deep in an executor.
 * Immutable by convention (the array is not copied).
 *
 * @param id the model id: the first {@value #ID_HEX_DIGITS} hex digits of the zip's SHA-256
 * @param bytes the zip
 * @param file the zip as a provenance input, with its full SHA-256
 * @param training the record of the run that trained it: the model directory's {@code
 *     _provenance.json} (beside the zip), or the built-in model's; empty for a bare zip
 */
public record ModelZip(String id, byte[] bytes, InputFile file, Optional<Provenance> training) {
  /** Hex digits of the SHA-256 kept in the model id. */
  static final int ID_HEX_DIGITS = 16;

  /** The id of a model zip: the first 16 hex digits of its SHA-256. */
  public static String idOf(byte[] zip) {
    return Sha256.hex(zip).substring(0, ID_HEX_DIGITS);
  }

  /** The name messages give the model: its zip's URI, or the built-in model's. */
  public String name() {
    return file.uri();
  }

  /**
   * Reads and checks the model {@code reference} names.
   *
   * @throws NoSuchFileException when there is no model zip there
   * @throws io.sparkdenoise.core.model.InvalidModelException when the zip is not a usable model
   */
  public static ModelZip read(SparkSession spark, String reference) throws IOException {
    return read(spark.sparkContext().hadoopConfiguration(), reference);
  }

  /**
   * Reads and checks the model {@code reference} names, through the file systems of {@code
   * hadoopConf}, where no Spark session runs (a command that only looks at a model).
   *
   * @throws NoSuchFileException when there is no model zip there
   * @throws io.sparkdenoise.core.model.InvalidModelException when the zip is not a usable model
   */
  public static ModelZip read(Configuration hadoopConf, String reference) throws IOException {
    if (BuiltInModel.isNamed(reference)) {
      byte[] bytes = BuiltInModel.zip();
      return checked(
          bytes,
          InputFile.withSha256(
              BuiltInModel.URI, bytes.length, BuiltInModel.modified(), Sha256.hex(bytes)),
          Optional.of(
              Provenance.fromJson(new String(BuiltInModel.provenance(), StandardCharsets.UTF_8))));
    }
    Path given = new Path(reference);
    FileSystem fs = given.getFileSystem(hadoopConf);
    Path path =
        fs.exists(given) && fs.getFileStatus(given).isFile()
            ? given
            : new Path(ModelDirectory.model(reference));
    if (!fs.exists(path)) {
      throw new NoSuchFileException(fs.makeQualified(path).toString());
    }
    FileStatus status = fs.getFileStatus(path);
    byte[] bytes;
    try (InputStream in = fs.open(path)) {
      bytes = in.readAllBytes();
    }
    return checked(
        bytes,
        InputFile.withSha256(
            fs.makeQualified(path).toString(),
            bytes.length,
            Instant.ofEpochMilli(status.getModificationTime()),
            Sha256.hex(bytes)),
        trainingRecord(fs, path.getParent()));
  }

  /** The {@code _provenance.json} of the directory holding the zip, if the train job wrote one. */
  private static Optional<Provenance> trainingRecord(FileSystem fs, Path dir) throws IOException {
    Path record = new Path(dir, AtomicCommit.PROVENANCE_FILE);
    if (!fs.exists(record)) {
      return Optional.empty();
    }
    try (InputStream in = fs.open(record)) {
      Provenance provenance =
          Provenance.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return provenance.job().equals(ModelDirectory.WRITER_JOB)
          ? Optional.of(provenance)
          : Optional.empty();
    }
  }

  /** The network in the zip, as its engine loads it. */
  public TrainedNetwork network() throws IOException {
    return load(bytes, name());
  }

  private static ModelZip checked(byte[] bytes, InputFile file, Optional<Provenance> training)
      throws IOException {
    load(bytes, file.uri());
    return new ModelZip(idOf(bytes), bytes, file, training);
  }

  /** ModelFiles reads a local file: the zip goes through a temporary one, deleted at once. */
  private static TrainedNetwork load(byte[] bytes, String name) throws IOException {
    java.nio.file.Path copy = Files.createTempFile("spark-denoise-model-", ".zip");
    try {
      Files.write(copy, bytes);
      return ModelFiles.load(copy, name);
    } finally {
      Files.deleteIfExists(copy);
    }
  }
}
