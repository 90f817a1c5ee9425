/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The driver (a spark-submit JVM in client mode) killed with SIGKILL in the middle of training:
 * {@code train --resume} continues after the last complete checkpoint, without training the
 * finished epochs again, and ends with every epoch once in the history.
 */
@ExtendWith({LocalCluster.class, SharedSpark.class})
class DriverKillIT {
  private static final int EPOCHS = 4;
  private static final int KEEP = 2;
  private static final Pattern TRAINED =
      Pattern.compile("train \\(spark, export\\) epoch (\\d+): Fitted\\[trainLoss=([-0-9.Ee]+),");
  private static final Duration UNTIL_CHECKPOINT = Duration.ofMinutes(10);

  private static String[] train(E2eRun e2e, LocalCluster cluster, boolean resume) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--pairs",
                e2e.pairs(),
                "--output",
                cluster.uri("/it/driver-kill/model"),
                "--conf",
                "train.epochs=" + EPOCHS,
                "--conf",
                "train.seed=" + E2eRun.SEED,
                "--conf",
                "train.checkpoint.every=1",
                "--conf",
                "train.checkpoint.keep=" + KEEP,
                "--conf",
                "train.checkpoint.dir=" + cluster.uri("/it/driver-kill/checkpoints")));
    for (String setting : E2eRun.TRAIN_CONF) {
      args.add("--conf");
      args.add(setting);
    }
    if (resume) {
      args.add("--resume");
    }
    return args.toArray(String[]::new);
  }

  /** Epoch -> train loss, from a driver log's per-epoch lines. */
  private static Map<Integer, Double> trainedEpochs(String log) {
    Map<Integer, Double> epochs = new TreeMap<>();
    Matcher m = TRAINED.matcher(log);
    while (m.find()) {
      epochs.put(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)));
    }
    return epochs;
  }

  private static List<Integer> checkpointEpochs(FileSystem fs, String dir) throws Exception {
    FileStatus[] all = fs.listStatus(new Path(dir));
    return Arrays.stream(all)
        .map(s -> s.getPath())
        .filter(p -> p.getName().matches("epoch-\\d{6}"))
        .filter(
            p -> {
              try {
                return fs.exists(new Path(p, "_SUCCESS"));
              } catch (java.io.IOException e) {
                return false;
              }
            })
        .map(p -> Integer.parseInt(p.getName().substring("epoch-".length())))
        .sorted()
        .toList();
  }

  @Test
  void aResumedRunContinuesAfterTheLastCheckpointWithoutRepeatingEpochs() throws Exception {
    LocalCluster cluster = LocalCluster.get();
    E2eRun e2e = E2eRun.get(cluster);
    FileSystem fs = cluster.fileSystem();
    String checkpoints = cluster.uri("/it/driver-kill/checkpoints");

    Submission first =
        Submission.start(cluster, "driver-kill-train", "train", train(e2e, cluster, false));
    boolean checkpointed =
        Processes.await(
            () -> first.log().contains("train: checkpoint after epoch 2 "),
            UNTIL_CHECKPOINT,
            first.process());
    assertThat(checkpointed).as("the first run reached the checkpoint after epoch 2").isTrue();
    Processes.killHard(first.driver(), Duration.ofSeconds(30));
    Map<Integer, Double> beforeKill = trainedEpochs(first.log());
    List<Integer> complete = checkpointEpochs(fs, checkpoints);
    int last = complete.get(complete.size() - 1);
    assertThat(last).isBetween(2, EPOCHS - 1);
    assertThat(fs.exists(new Path(cluster.uri("/it/driver-kill/model")))).isFalse();

    Submission second =
        Submission.start(cluster, "driver-kill-resume", "train", train(e2e, cluster, true));
    assertThat(second.waitFor()).isZero();
    JsonNode resumed = second.summary();

    assertThat(resumed.get("resumed_from_epoch").asInt()).isEqualTo(last);
    assertThat(resumed.get("epochs").asInt()).isEqualTo(EPOCHS);
    // the resumed driver trained only the epochs after the checkpoint
    assertThat(trainedEpochs(second.log()).keySet())
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(last + 1, EPOCHS).boxed().toList());
    List<Row> history =
        SharedSpark.session()
            .read()
            .parquet(cluster.uri("/it/driver-kill/model/history"))
            .orderBy("epoch")
            .collectAsList();
    assertThat(history.stream().map(r -> r.<Integer>getAs("epoch"))).containsExactly(1, 2, 3, 4);
    // the finished epochs keep the rows the killed driver recorded: not trained again
    for (int epoch = 1; epoch <= last; epoch++) {
      assertThat(history.get(epoch - 1).<Double>getAs("train_loss"))
          .as("train loss of epoch %d", epoch)
          .isEqualTo(beforeKill.get(epoch));
    }
    assertThat(checkpointEpochs(fs, checkpoints)).containsExactly(EPOCHS - 1, EPOCHS);
  }
}
