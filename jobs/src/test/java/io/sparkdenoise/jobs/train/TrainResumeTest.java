/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Files;
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
 * Checkpoints and --resume on the local engine, where training is deterministic: a run trained for
 * 2 epochs with checkpoints and resumed to 3 must match an uninterrupted 3-epoch run.
 */
@ExtendWith(SharedSpark.class)
class TrainResumeTest {
  private static final int IMAGES = 24;

  @TempDir static Path dir;
  private static String pairs;
  private static TrainResult straight;
  private static TrainResult firstTwo;
  private static TrainResult resumed;

  @BeforeAll
  static void train() throws Exception {
    pairs = PairsTables.write(SharedSpark.session(), dir.toString(), IMAGES, "gaussian:sigma=25");
    straight = TrainJob.run(SharedSpark.session(), config("straight", 3));
    firstTwo = TrainJob.run(SharedSpark.session(), config("interrupted", 2));
    plantHalfWrittenCheckpoints(dir.resolve("interrupted-checkpoints"));
    resumed =
        TrainJob.run(
            SharedSpark.session(), config("interrupted", 3, Checkpointing.RESUME + "=true"));
  }

  static TrainConfig config(String name, int epochs, String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(
                TrainConfig.PAIRS + "=" + pairs,
                TrainConfig.OUTPUT + "=" + dir + "/" + name,
                TrainConfig.ENGINE + "=local",
                TrainConfig.EPOCHS + "=" + epochs,
                TrainConfig.LEARNING_RATE + "=0.01",
                TrainConfig.SCHEDULE + "=step",
                TrainConfig.SCHEDULE_EVERY + "=1",
                TrainConfig.BATCH_SIZE_PER_WORKER + "=4",
                TrainConfig.SEED + "=5",
                Checkpointing.EVERY + "=1"));
    all.addAll(List.of(more));
    return TrainConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  /** An epoch-3 directory without its commit marker and a dead staging directory of epoch 3. */
  private static void plantHalfWrittenCheckpoints(Path checkpoints) throws Exception {
    Path complete = checkpoints.resolve("epoch-000002");
    Path half = Files.createDirectories(checkpoints.resolve("epoch-000003"));
    Files.copy(complete.resolve(Checkpoints.MODEL_FILE), half.resolve(Checkpoints.MODEL_FILE));
    Path staging =
        Files.createDirectories(checkpoints.resolve("_staging-train-checkpoint-0000/epoch-000003"));
    Files.copy(complete.resolve(CheckpointState.FILE), staging.resolve(CheckpointState.FILE));
  }

  @Test
  void theResumedRunKeepsTheFinishedEpochsAndTrainsOnlyTheThird() {
    assertThat(resumed.resumedFrom()).isEqualTo(2);
    assertThat(resumed.epochs()).extracting(EpochMetrics::epoch).containsExactly(1, 2, 3);
    assertThat(resumed.epochs().subList(0, 2)).isEqualTo(firstTwo.epochs());
    assertThat(resumed.summary()).containsEntry("resumed_from_epoch", 2);
  }

  @Test
  void theThirdEpochContinuesTheCurveOfTheUninterruptedRun() {
    EpochMetrics expected = straight.epochs().get(2);
    EpochMetrics actual = resumed.epochs().get(2);

    assertThat(actual.learningRate()).isEqualTo(expected.learningRate()).isEqualTo(0.0025);
    assertThat(actual.trainLoss()).isCloseTo(expected.trainLoss(), within(1e-6));
    assertThat(actual.validationLoss()).isCloseTo(expected.validationLoss(), within(1e-6));
    // a restarted Adam (no updater state) would not land here; the first epoch is far above
    assertThat(straight.epochs().get(0).trainLoss()).isGreaterThan(actual.trainLoss() + 1e-3);
  }

  @Test
  void theUpdaterStateCameBackWithTheParameters() throws Exception {
    ComputationGraph afterTwo =
        Dl4jNetwork.load(
                dir.resolve("straight-checkpoints/epoch-000002").resolve(Checkpoints.MODEL_FILE))
            .graph();
    ComputationGraph expected = TrainOutputs.model(straight);
    ComputationGraph actual = TrainOutputs.model(resumed);

    assertThat(afterTwo.getUpdater().getStateViewArray().amaxNumber().doubleValue()).isPositive();
    assertThat(actual.params().sub(expected.params()).amaxNumber().doubleValue()).isLessThan(1e-5);
    assertThat(
            actual
                .getUpdater()
                .getStateViewArray()
                .sub(expected.getUpdater().getStateViewArray())
                .amaxNumber()
                .doubleValue())
        .isLessThan(1e-5);
    assertThat(actual.getConfiguration().getEpochCount()).isEqualTo(3);
  }

  @Test
  void onlyTheLatestCheckpointsStayAndNoStagingIsLeft() throws Exception {
    try (var names = Files.list(dir.resolve("interrupted-checkpoints"))) {
      assertThat(names.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("epoch-000002", "epoch-000003");
    }
    assertThat(dir.resolve("interrupted-checkpoints/epoch-000003/_SUCCESS")).exists();
  }

  @Test
  void theHistoryTableHoldsAllThreeEpochsAsTrained() {
    List<Row> rows = TrainOutputs.history(resumed);

    assertThat(rows).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(rows.get(i).<Double>getAs("train_loss"))
          .isEqualTo(resumed.epochs().get(i).trainLoss());
    }
  }

  @Test
  void aResumeWithAnotherTrainingSettingIsRefusedNamingTheKey() {
    String checkpoint = "file:" + dir.resolve("straight-checkpoints/epoch-000003");

    assertThatThrownBy(
            () ->
                TrainJob.run(
                    SharedSpark.session(),
                    config(
                        "straight",
                        4,
                        Checkpointing.RESUME + "=true",
                        TrainConfig.PRESET + "=seed-bn")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot resume from "
                + checkpoint
                + ": train.preset is 'seed-bn', the checkpoint's run had 'seed'");
    assertThatThrownBy(
            () ->
                TrainJob.run(
                    SharedSpark.session(), config("straight", 2, Checkpointing.RESUME + "=true")))
        .hasMessageEndingWith(": train.epochs = 2 is below the 3 epochs it has finished");
  }

  /**
   * A checkpoint written before a setting existed holds no value for it: it resumes when the run
   * keeps that setting's default (what the older version did) and is refused when it does not.
   */
  @Test
  void aCheckpointWithoutALaterSettingResumesAtThatSettingsDefault() throws Exception {
    Path older = dir.resolve("older-checkpoints/epoch-000003");
    Files.createDirectories(older);
    try (var files = Files.list(dir.resolve("straight-checkpoints/epoch-000003"))) {
      // without Hadoop's .crc files, which would no longer match the edited record
      for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
        Files.copy(file, older.resolve(file.getFileName()));
      }
    }
    ObjectMapper json = new ObjectMapper();
    Path provenance = older.resolve("_provenance.json");
    ObjectNode record = (ObjectNode) json.readTree(provenance.toFile());
    ((ObjectNode) record.get("config"))
        .remove(List.of(TrainConfig.LOSS_WEIGHTS_INK, TrainConfig.LOSS_WEIGHTS_EDGE));
    json.writeValue(provenance.toFile(), record);
    String checkpoints = Checkpointing.DIR + "=" + older.getParent().toUri();

    TrainResult extended =
        TrainJob.run(
            SharedSpark.session(),
            config(
                "older",
                4,
                checkpoints,
                Checkpointing.EVERY + "=0",
                Checkpointing.RESUME + "=true"));

    assertThat(extended.resumedFrom()).isEqualTo(3);
    assertThatThrownBy(
            () ->
                TrainJob.run(
                    SharedSpark.session(),
                    config(
                        "older",
                        4,
                        checkpoints,
                        Checkpointing.RESUME + "=true",
                        TrainConfig.LOSS_WEIGHTS_INK + "=1")))
        .hasMessageEndingWith(": train.loss-weights.ink is '1', the checkpoint's run had '0'");
  }

  @Test
  void resumingAFinishedRunWithMoreEpochsExtendsIt() throws Exception {
    // reads the straight run's checkpoints, writes none (they stay as the other tests expect)
    TrainResult extended =
        TrainJob.run(
            SharedSpark.session(),
            config(
                "extended",
                4,
                Checkpointing.DIR + "=" + dir.resolve("straight-checkpoints").toUri(),
                Checkpointing.EVERY + "=0",
                Checkpointing.RESUME + "=true"));

    assertThat(extended.resumedFrom()).isEqualTo(3);
    assertThat(extended.epochs()).hasSize(4);
    assertThat(extended.epochs().subList(0, 3)).isEqualTo(straight.epochs());
  }
}
