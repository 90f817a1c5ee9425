/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.jobs.spark.ObjectStores;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job whose output is on an object store stops before any work, in one line with exit code 1,
 * unless the configuration accepts non-atomic commits there (docs/deploy.md, "Object stores").
 */
@ExtendWith(SharedSpark.class)
class ObjectStoreOutputTest {
  @TempDir Path dir;

  @Test
  void aJobRefusesAnS3aOutputBeforeReadingItsInput() {
    LauncherRun train =
        LauncherRun.of(
            "train", "--pairs", dir.resolve("no-such-table").toString(), "--output", "s3a://b/m");
    LauncherRun pairs =
        LauncherRun.of(
            "pairs",
            "--images",
            dir.resolve("no-such-table").toString(),
            "--output",
            "s3a://b/pairs",
            "--noise",
            "gaussian:sigma=25");

    assertThat(train.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(train.err())
        .isEqualTo(
            "spark-denoise: cannot commit s3a://b/m: s3a:// renames a directory by copying it,"
                + " so readers could see a partial output and an interrupted commit could leave"
                + " none; write it to HDFS (or another file system with atomic rename), or set"
                + " spark.sparkdenoise.commit.objectStores=rename to accept that"
                + " (docs/deploy.md, \"Object stores\")\n");
    assertThat(pairs.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(pairs.err()).startsWith("spark-denoise: cannot commit s3a://b/pairs: ");
  }

  @Test
  void acceptingNonAtomicCommitsLetsTheJobGoOnToItsInput() {
    LauncherRun pairs;
    try {
      pairs =
          LauncherRun.of(
              "pairs",
              "--images",
              dir.resolve("no-such-table").toString(),
              "--output",
              "s3a://b/pairs",
              "--noise",
              "gaussian:sigma=25",
              "--conf",
              "spark.settings={\"spark.sparkdenoise.commit.objectStores\"=rename}");
    } finally {
      // the launcher set it on the session it shares with the other tests of this JVM
      SharedSpark.session().conf().unset(ObjectStores.MODE);
    }

    assertThat(pairs.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(pairs.err()).contains("no-such-table").doesNotContain("cannot commit");
  }
}
