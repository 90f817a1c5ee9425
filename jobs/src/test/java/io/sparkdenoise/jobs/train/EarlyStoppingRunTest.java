/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Early stopping on the local engine. A minimum improvement far above any change in the loss makes
 * the outcome certain: epoch 1 is the best (the first value always is), epoch 2 does not improve on
 * it, and with patience 1 the run stops after epoch 2 of 5 and commits epoch 1's network.
 */
@ExtendWith(SharedSpark.class)
class EarlyStoppingRunTest {
  @TempDir static Path dir;
  private static String pairs;
  private static TrainResult stopped;

  @BeforeAll
  static void train() throws Exception {
    pairs = PairsTables.write(SharedSpark.session(), dir.toString(), 18, "gaussian:sigma=25");
    stopped = TrainJob.run(SharedSpark.session(), config("stopped"));
  }

  private static TrainConfig config(String name, String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(
                TrainConfig.PAIRS + "=" + pairs,
                TrainConfig.OUTPUT + "=" + dir + "/" + name,
                TrainConfig.ENGINE + "=local",
                TrainConfig.EPOCHS + "=5",
                TrainConfig.LEARNING_RATE + "=0.01",
                TrainConfig.BATCH_SIZE_PER_WORKER + "=4",
                Stopping.PATIENCE + "=1",
                Stopping.MIN_DELTA + "=10",
                Checkpointing.EVERY + "=1"));
    all.addAll(List.of(more));
    return TrainConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  @Test
  void theRunStopsAfterPatienceEpochsAndSaysSo() {
    assertThat(stopped.epochs()).extracting(EpochMetrics::epoch).containsExactly(1, 2);
    assertThat(stopped.epochs()).extracting(EpochMetrics::bestEpoch).containsExactly(1, 1);
    assertThat(stopped.stoppedEarly()).isTrue();
    assertThat(stopped.summary())
        .containsEntry("best_epoch", 1)
        .containsEntry("stopped_early", true)
        .containsEntry("epochs", 2)
        .containsEntry("val_psnr_db", stopped.epochs().get(0).validationPsnr());
  }

  @Test
  void theCommittedModelIsTheBestEpochsNotTheLast() throws Exception {
    Path last = dir.resolve("stopped-checkpoints/epoch-000002");
    ComputationGraph committed = TrainOutputs.model(stopped);
    ComputationGraph best = Dl4jNetwork.load(last.resolve(Checkpoints.BEST_FILE)).graph();
    ComputationGraph epochTwo = Dl4jNetwork.load(last.resolve(Checkpoints.MODEL_FILE)).graph();

    assertThat(committed.params().equalsWithEps(best.params(), 0)).isTrue();
    assertThat(committed.params().equalsWithEps(epochTwo.params(), 1e-6)).isFalse();
  }

  @Test
  void theHistoryNamesTheBestEpochAndTheStop() {
    List<Row> rows = TrainOutputs.history(stopped);

    assertThat(rows).extracting(r -> r.<Integer>getAs("best_epoch")).containsExactly(1, 1);
    assertThat(rows)
        .extracting(r -> r.<Boolean>getAs("stopped_early"))
        .containsExactly(false, true);
  }

  @Test
  void resumingAStoppedRunTrainsNoMoreEpochsAndCommitsTheSameBest() throws Exception {
    TrainResult again =
        TrainJob.run(
            SharedSpark.session(),
            config(
                "again",
                Checkpointing.DIR + "=" + dir.resolve("stopped-checkpoints").toUri(),
                Checkpointing.EVERY + "=0",
                Checkpointing.RESUME + "=true"));

    assertThat(again.epochs()).isEqualTo(stopped.epochs());
    assertThat(again.bestEpoch()).isEqualTo(1);
    assertThat(again.resumedFrom()).isEqualTo(2);
    assertThat(
            TrainOutputs.model(again)
                .params()
                .equalsWithEps(TrainOutputs.model(stopped).params(), 0))
        .isTrue();
  }

  @Test
  void earlyStoppingWithoutValidationPairsIsRefusedBeforeTraining() {
    assertThatThrownBy(
            () ->
                TrainJob.run(
                    SharedSpark.session(),
                    config("unvalidated", TrainConfig.VALIDATION_MAX_IMAGES + "=0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "train.early-stop.patience = 1 needs validation pairs, split validation has none (or"
                + " train.validation-max-images is 0)");
  }
}
