/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The score job's driver killed with SIGKILL while its executors write the metrics partition: no
 * partial partition is visible, and the re-run completes with every row once.
 */
@ExtendWith({LocalCluster.class, SharedSpark.class})
class ScoreKillIT {
  private static final String RUN_ID = "kill-test";
  private static final String TABLE = "/it/score-kill/metrics";

  /** identity, gaussian_s1 and median3x3 (the score.baselines given below) and the model. */
  private static final int METHODS = 4;

  private static final int PARTITIONS = 8;
  private static final Duration UNTIL_WRITING = Duration.ofMinutes(10);

  private static String[] score(E2eRun e2e, LocalCluster cluster) {
    return new String[] {
      "--model",
      e2e.model(),
      "--pairs",
      e2e.pairs(),
      "--output",
      cluster.uri(TABLE),
      "--conf",
      "score.run-id=" + RUN_ID,
      "--conf",
      "score.partitions=" + PARTITIONS,
      "--conf",
      "score.baselines=identity,gaussian_s1,median3x3",
      "--conf",
      "score.splits=train,validation,test"
    };
  }

  /** Whether a task has written a data file into a staging directory of the table. */
  private static boolean writing(FileSystem fs, LocalCluster cluster) {
    try {
      Path table = new Path(cluster.uri(TABLE));
      if (!fs.exists(table)) {
        return false;
      }
      for (FileStatus staging : fs.listStatus(table)) {
        if (!staging.getPath().getName().startsWith("_staging-score-")) {
          continue;
        }
        RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> files =
            fs.listFiles(staging.getPath(), true);
        while (files.hasNext()) {
          if (files.next().getPath().getName().startsWith("part-")) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static String[] visible(FileSystem fs, LocalCluster cluster) throws IOException {
    Path table = new Path(cluster.uri(TABLE));
    if (!fs.exists(table)) {
      return new String[0];
    }
    return Arrays.stream(fs.listStatus(table))
        .map(s -> s.getPath().getName())
        .filter(n -> !n.startsWith("_") && !n.startsWith("."))
        .toArray(String[]::new);
  }

  @Test
  void aKilledScoreLeavesNoPartialPartitionAndTheRerunHasEveryRowOnce() throws Exception {
    LocalCluster cluster = LocalCluster.get();
    E2eRun e2e = E2eRun.get(cluster);
    FileSystem fs = cluster.fileSystem();
    long pairs = e2e.summary("pairs").get("pairs").asLong();

    Submission killed = Submission.start(cluster, "score-killed", "score", score(e2e, cluster));
    boolean midWrite = Processes.await(() -> writing(fs, cluster), UNTIL_WRITING, killed.process());
    assertThat(midWrite).as("the score job started writing").isTrue();
    assertThat(killed.isAlive()).as("killed while it writes, not after").isTrue();
    Processes.killHard(killed.driver(), Duration.ofSeconds(30));

    assertThat(visible(fs, cluster)).isEmpty();

    JsonNode rerun = Submission.run(cluster, "score-rerun", "score", score(e2e, cluster));

    assertThat(rerun.get("rows").asLong()).isEqualTo(METHODS * pairs);
    assertThat(visible(fs, cluster)).containsExactly("run_id=" + RUN_ID);
    Dataset<Row> rows = SharedSpark.session().read().parquet(cluster.uri(TABLE));
    assertThat(rows.count()).isEqualTo(METHODS * pairs);
    assertThat(rows.select("image_id", "method").distinct().count()).isEqualTo(METHODS * pairs);
    assertThat(rows.select("image_id").distinct().count()).isEqualTo(pairs);
    // the killed run's staging directory was cleaned up by the re-run's recovery
    assertThat(
            Arrays.stream(fs.listStatus(new Path(cluster.uri(TABLE))))
                .map(s -> s.getPath().getName())
                .filter(n -> n.startsWith("_staging-")))
        .isEmpty();
  }
}
