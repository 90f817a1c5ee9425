/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import static io.sparkdenoise.jobs.spark.TestTables.provenance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commits to object stores, where a directory rename is a copy: refused by default, before any
 * work; with {@value ObjectStores#MODE} = {@value ObjectStores#RENAME}, made as anywhere else, but
 * an interrupted publication is left for a human instead of being repaired or deleted. The store is
 * the local file system under the s3a scheme ({@link LocalObjectStore}).
 */
@ExtendWith(SharedSpark.class)
class ObjectStoreCommitTest {
  private static final String REFUSAL =
      "cannot commit s3a://bucket/tables/pairs: s3a:// renames a directory by copying it, so"
          + " readers could see a partial output and an interrupted commit could leave none; write"
          + " it to HDFS (or another file system with atomic rename), or set"
          + " spark.sparkdenoise.commit.objectStores=rename to accept that (docs/deploy.md,"
          + " \"Object stores\")";

  @TempDir Path dir;

  private final Configuration conf = LocalObjectStore.configuration();

  private org.apache.hadoop.fs.Path onTheStore(String name) {
    return new org.apache.hadoop.fs.Path(LocalObjectStore.SCHEME + "://" + dir.resolve(name));
  }

  /** Writes a tiny complete output: one data file and the writer's success marker. */
  private AtomicCommit.StagedWriter output(String content) {
    return staging -> {
      org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(staging);
      FileSystem fs = out.getFileSystem(conf);
      try (OutputStream data = fs.create(new org.apache.hadoop.fs.Path(out, "part-0"))) {
        data.write(content.getBytes(StandardCharsets.UTF_8));
      }
      fs.create(new org.apache.hadoop.fs.Path(out, AtomicCommit.SUCCESS_FILE)).close();
    };
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anObjectStoreOutputIsRefusedInOneLineByDefaultAndOthersAreNot() throws IOException {
    SparkSession spark = SharedSpark.session();

    assertThatThrownBy(() -> ObjectStores.checkTarget(spark, "s3a://bucket/tables/pairs"))
        .isInstanceOf(IOException.class)
        .hasMessage(REFUSAL);
    assertThatThrownBy(() -> AtomicCommit.table(spark, "s3a://bucket/tables/pairs", "pairs"))
        .isInstanceOf(IOException.class)
        .hasMessage(REFUSAL);
    assertThatThrownBy(() -> ObjectStores.checkTarget(spark, "gs://bucket/t"))
        .hasMessageStartingWith("cannot commit gs://bucket/t: gs:// renames a directory");
    ObjectStores.checkTarget(spark, "hdfs://nn:8020/tables/pairs");
    ObjectStores.checkTarget(spark, dir.resolve("pairs").toUri().toString());
    ObjectStores.checkTarget(spark, "relative/pairs");
  }

  @Test
  void theSessionsSettingAllowsThemAndANonsenseValueIsRefused() throws IOException {
    SparkSession spark = SharedSpark.session();
    try {
      spark.conf().set(ObjectStores.MODE, ObjectStores.RENAME);
      ObjectStores.checkTarget(spark, "s3a://bucket/tables/pairs");
      spark.conf().set(ObjectStores.MODE, "yes");
      assertThatThrownBy(() -> ObjectStores.checkTarget(spark, "hdfs:///t"))
          .isInstanceOf(IOException.class)
          .hasMessage("spark.sparkdenoise.commit.objectStores must be refuse or rename, got 'yes'");
    } finally {
      spark.conf().unset(ObjectStores.MODE);
    }
  }

  @Test
  void withRenameACommitPublishesAsAnywhereElseAndLeavesNothingBehind() throws IOException {
    org.apache.hadoop.fs.Path target = onTheStore("pairs");

    AtomicCommit.of(conf, target, "pairs", null, ObjectStores.RENAME)
        .write(output("old"), provenance("pairs"));
    AtomicCommit.of(conf, target, "pairs", null, ObjectStores.RENAME)
        .write(output("new"), provenance("pairs"));

    assertThat(names(dir)).containsExactly("pairs");
    assertThat(names(dir.resolve("pairs")))
        .containsExactly(AtomicCommit.SUCCESS_FILE, AtomicCommit.PROVENANCE_FILE, "part-0");
    assertThat(dir.resolve("pairs/part-0")).hasContent("new");
  }

  @Test
  void aPublicationInterruptedWhileCopyingStopsTheNextCommitAndNothingIsDeleted()
      throws IOException {
    org.apache.hadoop.fs.Path target = onTheStore("pairs");
    AtomicCommit.of(conf, target, "pairs", null, ObjectStores.RENAME)
        .write(output("old"), provenance("pairs"));
    AtomicCommit crashed = AtomicCommit.of(conf, target, "pairs", null, ObjectStores.RENAME);
    org.apache.hadoop.fs.Path staging = onTheStore("_staging-pairs-" + UUID.randomUUID());
    crashed.stage(staging, output("new"), provenance("pairs"));
    crashed.markPublishing(staging);
    crashed.moveOldAside(staging);

    AtomicCommit next = AtomicCommit.of(conf, target, "pairs", null, ObjectStores.RENAME);

    assertThatThrownBy(() -> next.write(output("newer"), provenance("pairs")))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "a commit of "
                + target
                + " was interrupted while it was being copied into place: check "
                + target
                + " against "
                + staging
                + " (the new output in pairs, the old in _replaced), repair it, then delete "
                + staging);
    Path left = dir.resolve(staging.getName());
    assertThat(names(left)).containsExactly("_publishing", "_replaced", "pairs");
    assertThat(left.resolve("_replaced/part-0")).hasContent("old");
    assertThat(left.resolve("pairs/part-0")).hasContent("new");
  }

  @Test
  void aCommitThatDiedBeforePublishingIsCleanedUpAsAnywhereElse() throws IOException {
    org.apache.hadoop.fs.Path target = onTheStore("pairs");
    AtomicCommit crashed = AtomicCommit.of(conf, target, "pairs", null, ObjectStores.RENAME);
    crashed.stage(
        onTheStore("_staging-pairs-" + UUID.randomUUID()), output("lost"), provenance("pairs"));

    AtomicCommit.of(conf, target, "pairs", null, ObjectStores.RENAME)
        .write(output("new"), provenance("pairs"));

    assertThat(names(dir)).containsExactly("pairs");
    assertThat(dir.resolve("pairs/part-0")).hasContent("new");
  }
}
