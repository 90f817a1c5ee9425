/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.core.training.CheckpointNames;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoint directory of a train run, on any Hadoop file system. Each checkpoint is a
 * directory named by {@link CheckpointNames} holding {@value #MODEL_FILE} (the network with its
 * updater state), {@value #BEST_FILE} (with early stopping, the best epoch's network when it is an
 * earlier epoch's), {@value CheckpointState#FILE}, {@code _SUCCESS} and {@code _provenance.json}
 * (the run's resolved config). It is committed with {@link AtomicCommit}, so it appears complete or
 * not at all; a checkpoint counts only when all its files are there, so a half-written or staging
 * directory is never picked up. After each commit only the latest {@code keep} remain. Driver only;
 * not thread-safe.
 */
final class Checkpoints {
  /** The network after the checkpoint's epoch. */
  static final String MODEL_FILE = "model.zip";

  /** The best epoch's network, when early stopping is on and that is an earlier epoch. */
  static final String BEST_FILE = "best.zip";

  /** The job name of checkpoint commits (their staging directories). */
  static final String COMMIT_JOB = "train-checkpoint";

  private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);
  private static final List<String> REQUIRED =
      List.of(
          MODEL_FILE,
          CheckpointState.FILE,
          AtomicCommit.SUCCESS_FILE,
          AtomicCommit.PROVENANCE_FILE);

  private final SparkSession spark;
  private final Path dir;
  private final FileSystem fs;
  private final int keep;

  Checkpoints(SparkSession spark, String dirUri, int keep) throws IOException {
    this.spark = spark;
    Path path = new Path(dirUri);
    this.fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    this.dir = fs.makeQualified(path);
    this.keep = keep;
  }

  /** The directory, fully qualified. */
  String directory() {
    return dir.toString();
  }

  /**
   * Commits the checkpoint after {@code state.epoch()} and deletes those beyond the latest {@code
   * keep}.
   *
   * @param best the best epoch's network when it is not {@code network}, else null
   */
  void write(CheckpointState state, Dl4jNetwork network, Dl4jNetwork best, Provenance provenance)
      throws IOException {
    String target = new Path(dir, CheckpointNames.name(state.epoch())).toString();
    AtomicCommit.table(spark, target, COMMIT_JOB)
        .write(
            staging -> {
              Path out = new Path(staging);
              fs.mkdirs(out);
              saveModel(fs, network, new Path(out, MODEL_FILE));
              if (best != null) {
                saveModel(fs, best, new Path(out, BEST_FILE));
              }
              try (OutputStream json = fs.create(new Path(out, CheckpointState.FILE), false)) {
                json.write(state.toJson().getBytes(StandardCharsets.UTF_8));
              }
              fs.create(new Path(out, AtomicCommit.SUCCESS_FILE), false).close();
            },
            provenance);
    LOG.info("train: checkpoint after epoch {} in {}", state.epoch(), target);
    for (String expired : CheckpointNames.expired(complete(), keep)) {
      fs.delete(new Path(dir, expired), true);
    }
  }

  /** The names of the complete checkpoints in the directory (none when it does not exist). */
  List<String> complete() throws IOException {
    List<String> names = new ArrayList<>();
    if (!fs.exists(dir)) {
      return names;
    }
    for (FileStatus status : fs.listStatus(dir)) {
      String name = status.getPath().getName();
      if (status.isDirectory()
          && CheckpointNames.epochOf(name).isPresent()
          && holdsAll(status.getPath())) {
        names.add(name);
      }
    }
    return names;
  }

  private boolean holdsAll(Path checkpoint) throws IOException {
    for (String file : REQUIRED) {
      if (!fs.exists(new Path(checkpoint, file))) {
        LOG.warn("train: {} lacks {}, it is not a complete checkpoint", checkpoint, file);
        return false;
      }
    }
    return true;
  }

  /** The latest complete checkpoint, loaded; empty when there is none. */
  Optional<Resumed> latest() throws IOException {
    Optional<String> name = CheckpointNames.latest(complete());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Path checkpoint = new Path(dir, name.get());
    CheckpointState state;
    try (InputStream in = fs.open(new Path(checkpoint, CheckpointState.FILE))) {
      state = CheckpointState.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Dl4jNetwork network = loadModel(fs, new Path(checkpoint, MODEL_FILE));
    Dl4jNetwork best = null;
    Path bestFile = new Path(checkpoint, BEST_FILE);
    if (fs.exists(bestFile)) {
      best = loadModel(fs, bestFile);
    } else if (state.stopping().bestEpoch() == state.epoch()) {
      best = network.copy();
    }
    Provenance provenance = ProvenanceFiles.read(spark, checkpoint.toString());
    return Optional.of(
        new Resumed(checkpoint.toString(), state, network, best, provenance.config()));
  }

  /** Writes {@code network} with its updater state to {@code file} on {@code fs}. */
  static void saveModel(FileSystem fs, Dl4jNetwork network, Path file) throws IOException {
    java.nio.file.Path local = Files.createTempFile("spark-denoise-model-", ".zip");
    try {
      network.save(local);
      fs.copyFromLocalFile(false, true, new Path(local.toUri()), file);
    } finally {
      Files.deleteIfExists(local);
    }
  }

  /** Reads a network with its updater state from {@code file} on {@code fs}. */
  static Dl4jNetwork loadModel(FileSystem fs, Path file) throws IOException {
    java.nio.file.Path local = Files.createTempFile("spark-denoise-model-", ".zip");
    try {
      try (InputStream in = fs.open(file)) {
        Files.copy(in, local, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return Dl4jNetwork.load(local);
    } finally {
      Files.deleteIfExists(local);
    }
  }
}
