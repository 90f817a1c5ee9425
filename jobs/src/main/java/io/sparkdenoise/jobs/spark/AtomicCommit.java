/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import io.sparkdenoise.core.provenance.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Publishes a job's output directory (a whole table, or one {@code column=value} partition of a
 * table) so that readers see the old complete output or the new complete output, never a partial
 * one, on any Hadoop FileSystem with atomic directory rename (HDFS, the local file system).
 *
 * <p>Protocol, for target {@code T} in directory {@code P}, job {@code J}:
 *
 * <ol>
 *   <li>Write the new output to {@code P/_staging-J-<uuid>/T}, then {@value #PROVENANCE_FILE} next
 *       to it; Spark's writer adds {@code _SUCCESS} when the write completed. Names starting with
 *       {@code _} (and without {@code =}) are ignored by Spark, Hive and partition discovery.
 *   <li>If {@code T} exists, rename it to {@code P/_staging-J-<uuid>/_replaced}.
 *   <li>Rename {@code P/_staging-J-<uuid>/T} to {@code T}.
 *   <li>Delete {@code P/_staging-J-<uuid>} (and the replaced output in it).
 * </ol>
 *
 * <p>Killed during 1: {@code T} is untouched. Killed after 3: {@code T} is complete, with leftovers
 * only under the hidden staging directory. Killed between 2 and 3 (two metadata operations apart):
 * {@code T} is missing, never partial, and both the old and the new complete output sit in the
 * staging directory. {@link #recover()}, which every commit to {@code T} runs first, repairs all of
 * these: it rolls an interrupted publication forward (step 2 only runs once the staged output is
 * complete), and deletes the staging directories of dead runs. Directories of commits still running
 * in this JVM are left alone; two processes committing the same job's outputs in the same directory
 * at the same time are not supported.
 *
 * <p>Object stores ({@link ObjectStores}): on {@code s3a://}, {@code gs://}, {@code wasb://} and
 * the like a directory rename is a copy and delete of every file, so steps 2 and 3 are not atomic.
 * By default a commit there is refused, before the job does any work. With {@value
 * ObjectStores#MODE} = {@value ObjectStores#RENAME} it goes ahead as above, with a marker written
 * before step 2: readers may see a partly published output while it is copied, and a commit
 * interrupted after the marker is never repaired or deleted automatically: the next commit of that
 * target stops and names what to look at.
 *
 * <p>Instances are cheap and not shared between threads.
 */
public final class AtomicCommit {
  /** The provenance record written next to every committed output. */
  public static final String PROVENANCE_FILE = "_provenance.json";

  /** The marker Spark's writer leaves in a completely written output directory. */
  public static final String SUCCESS_FILE = "_SUCCESS";

  static final String STAGING_PREFIX = "_staging-";
  static final String REPLACED = "_replaced";

  /** In a staging directory on an object store: publication began; holds the target. */
  static final String PUBLISHING = "_publishing";

  private static final Pattern JOB_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern PARTITION_COLUMN = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern PARTITION_VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  private final FileSystem fs;
  private final Path target;
  private final String job;
  private final String partitionColumn;
  private final boolean objectStore;

  /** Writes the new output into {@code stagingUri}, a directory that does not exist yet. */
  @FunctionalInterface
  public interface StagedWriter {
    /** Writes the complete output to {@code stagingUri}. */
    void writeTo(String stagingUri) throws IOException;
  }

  private AtomicCommit(
      FileSystem fs, Path target, String job, String partitionColumn, boolean objectStore) {
    if (!JOB_NAME.matcher(job).matches()) {
      throw new IllegalArgumentException(
          "job name must be lower-case words joined by '-', got '" + job + "'");
    }
    if (target.getParent() == null) {
      throw new IllegalArgumentException("cannot commit to a file system root, got " + target);
    }
    this.fs = fs;
    this.target = target;
    this.job = job;
    this.partitionColumn = partitionColumn;
    this.objectStore = objectStore;
  }

  /** A commit of the whole table at {@code tableUri}, on the file system the URI names. */
  public static AtomicCommit table(SparkSession spark, String tableUri, String job)
      throws IOException {
    return of(
        spark.sparkContext().hadoopConfiguration(),
        new Path(tableUri),
        job,
        null,
        ObjectStores.mode(spark));
  }

  /**
   * A commit of the partition directory {@code column=value} in the table at {@code tableUri};
   * re-committing the same value replaces that partition and leaves the others untouched.
   */
  public static AtomicCommit partition(
      SparkSession spark, String tableUri, String column, String value, String job)
      throws IOException {
    if (!PARTITION_COLUMN.matcher(column).matches()) {
      throw new IllegalArgumentException(
          "partition column must match " + PARTITION_COLUMN + ", got '" + column + "'");
    }
    if (!PARTITION_VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "partition value must match " + PARTITION_VALUE + ", got '" + value + "'");
    }
    Path partitionDir = new Path(new Path(tableUri), column + "=" + value);
    return of(
        spark.sparkContext().hadoopConfiguration(),
        partitionDir,
        job,
        column,
        ObjectStores.mode(spark));
  }

  /**
   * A commit of {@code target}; {@code objectStores} is the {@value ObjectStores#MODE} mode.
   *
   * @throws IOException for a target on an object store the mode refuses, before touching it
   */
  static AtomicCommit of(
      Configuration conf, Path target, String job, String partitionColumn, String objectStores)
      throws IOException {
    boolean objectStore = ObjectStores.allows(target, objectStores);
    FileSystem fs = target.getFileSystem(conf);
    return new AtomicCommit(fs, fs.makeQualified(target), job, partitionColumn, objectStore);
  }

  /** The directory this commit publishes, fully qualified. */
  public Path target() {
    return target;
  }

  /**
   * Writes {@code rows} as Parquet and publishes them with their provenance. For a partition commit
   * the rows must not hold the partition column: its value is the directory's name.
   */
  public Path writeParquet(Dataset<Row> rows, Provenance provenance) throws IOException {
    if (partitionColumn != null && Arrays.asList(rows.columns()).contains(partitionColumn)) {
      throw new IllegalArgumentException(
          "rows for "
              + target.getName()
              + " must not hold the partition column '"
              + partitionColumn
              + "': drop it, its value is the directory name");
    }
    return write(staging -> rows.write().mode(SaveMode.ErrorIfExists).parquet(staging), provenance);
  }

  /**
   * Recovers interrupted commits, lets {@code writer} fill a fresh staging directory, adds {@value
   * #PROVENANCE_FILE} and publishes the result by rename. On failure the staging directory is
   * deleted and the target keeps its previous content.
   *
   * @return the published target
   */
  public Path write(StagedWriter writer, Provenance provenance) throws IOException {
    recover();
    Path staging = new Path(target.getParent(), STAGING_PREFIX + job + "-" + UUID.randomUUID());
    IN_FLIGHT.add(staging);
    try {
      stage(staging, writer, provenance);
      if (objectStore) {
        markPublishing(staging);
      }
      moveOldAside(staging);
      moveNewIn(staging);
      fs.delete(staging, true);
      return target;
    } catch (IOException | RuntimeException e) {
      try {
        if (!objectStore || !fs.exists(new Path(staging, PUBLISHING))) {
          rollBack(staging);
        }
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    } finally {
      IN_FLIGHT.remove(staging);
    }
  }

  /** Step 1: the complete new output and its provenance under {@code staging}. */
  void stage(Path staging, StagedWriter writer, Provenance provenance) throws IOException {
    Path staged = new Path(staging, target.getName());
    writer.writeTo(staged.toString());
    if (!fs.exists(new Path(staged, SUCCESS_FILE))) {
      throw new IOException("the writer left no " + SUCCESS_FILE + " in " + staged);
    }
    try (OutputStream out = fs.create(new Path(staged, PROVENANCE_FILE), false)) {
      out.write(provenance.toJson().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** On an object store, before step 2: from here on a human decides what an interruption left. */
  void markPublishing(Path staging) throws IOException {
    try (OutputStream out = fs.create(new Path(staging, PUBLISHING), false)) {
      out.write(target.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Step 2: the current output, if any, into the staging directory. */
  void moveOldAside(Path staging) throws IOException {
    if (fs.exists(target)) {
      rename(target, new Path(staging, REPLACED));
    }
  }

  /** Step 3: the staged output to the target, which must not exist. */
  void moveNewIn(Path staging) throws IOException {
    fs.mkdirs(target.getParent());
    rename(new Path(staging, target.getName()), target);
  }

  /**
   * Repairs what killed commits of this job left next to the target: publishes a complete staged
   * output whose publication was interrupted (or restores the replaced one), and deletes the
   * staging directories of dead runs.
   */
  public void recover() throws IOException {
    Path parent = target.getParent();
    if (!fs.exists(parent)) {
      return;
    }
    for (FileStatus status : fs.listStatus(parent, this::isStagingOfThisJob)) {
      Path staging = status.getPath();
      Optional<String> publishing = objectStore ? publishing(staging) : Optional.empty();
      if (publishing.isPresent() && !publishing.get().equals(target.toString())) {
        continue; // another target's interrupted publication: its own commit reports it
      }
      if (publishing.isPresent()) {
        throw new IOException(
            "a commit of "
                + target
                + " was interrupted while it was being copied into place: check "
                + target
                + " against "
                + staging
                + " (the new output in "
                + target.getName()
                + ", the old in "
                + REPLACED
                + "), repair it, then delete "
                + staging);
      }
      Path staged = new Path(staging, target.getName());
      boolean ours = fs.exists(staged);
      if (ours && !fs.exists(target) && fs.exists(new Path(staging, REPLACED))) {
        // killed between steps 2 and 3: the staged output is complete, publish it
        rename(staged, target);
      }
      if (ours || !holdsStagedOutput(staging)) {
        fs.delete(staging, true);
      }
    }
  }

  /** The target {@code staging} began to publish, if it did. */
  private Optional<String> publishing(Path staging) throws IOException {
    Path marker = new Path(staging, PUBLISHING);
    if (!fs.exists(marker)) {
      return Optional.empty();
    }
    try (InputStream in = fs.open(marker)) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private boolean isStagingOfThisJob(Path path) {
    return isStagingOf(path.getName(), job) && !IN_FLIGHT.contains(path);
  }

  /**
   * Whether {@code name} is a staging directory a commit of {@code job} makes beside its target,
   * finished or left behind by an interrupted run.
   */
  public static boolean isStagingOf(String name, String job) {
    return name.startsWith(STAGING_PREFIX + job + "-");
  }

  /** Whether a staging dir holds a staged output (of another target: that one recovers it). */
  private boolean holdsStagedOutput(Path staging) throws IOException {
    for (FileStatus child : fs.listStatus(staging)) {
      if (!child.getPath().getName().startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** After a failed commit: puts a replaced output back if the new one did not arrive. */
  private void rollBack(Path staging) throws IOException {
    Path replaced = new Path(staging, REPLACED);
    if (!fs.exists(target) && fs.exists(replaced)) {
      rename(replaced, target);
    }
    fs.delete(staging, true);
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not rename " + from + " to " + to);
    }
  }
}
