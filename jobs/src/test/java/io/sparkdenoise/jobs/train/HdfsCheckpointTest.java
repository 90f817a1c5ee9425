/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.LocalHdfs;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints on a real HDFS, as on a cluster: written there, resumed from there. */
@ExtendWith(SharedSpark.class)
class HdfsCheckpointTest {
  @RegisterExtension static final LocalHdfs HDFS = new LocalHdfs();

  @TempDir Path dir;

  private TrainConfig config(String pairs, String checkpoints, int epochs, boolean resume) {
    return TrainConfig.from(
        ConfigLayers.load(
            Optional.empty(),
            List.of(
                TrainConfig.PAIRS + "=" + pairs,
                TrainConfig.OUTPUT + "=" + dir + "/model-" + epochs,
                TrainConfig.ENGINE + "=local",
                TrainConfig.EPOCHS + "=" + epochs,
                TrainConfig.BATCH_SIZE_PER_WORKER + "=4",
                Checkpointing.DIR + "=" + checkpoints,
                Checkpointing.EVERY + "=1",
                Checkpointing.KEEP + "=1",
                Checkpointing.RESUME + "=" + resume)));
  }

  @Test
  void aRunCheckpointsToHdfsAndAResumedRunContinuesFromThere() throws Exception {
    String pairs = PairsTables.write(SharedSpark.session(), dir.toString(), 9, "gaussian:sigma=25");
    String checkpoints = HDFS.root() + "/checkpoints/run-1";

    TrainResult first = TrainJob.run(SharedSpark.session(), config(pairs, checkpoints, 1, false));
    TrainResult second = TrainJob.run(SharedSpark.session(), config(pairs, checkpoints, 2, true));

    assertThat(second.resumedFrom()).isEqualTo(1);
    assertThat(second.epochs().get(0)).isEqualTo(first.epochs().get(0));
    assertThat(second.epochs()).hasSize(2);
    FileSystem fs = HDFS.fileSystem();
    FileStatus[] left = fs.listStatus(new org.apache.hadoop.fs.Path("/checkpoints/run-1"));
    assertThat(Arrays.stream(left).map(s -> s.getPath().getName())).containsExactly("epoch-000002");
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/checkpoints/run-1/epoch-000002/best.zip")))
        .isFalse();
  }
}
