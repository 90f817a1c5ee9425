/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.image.Dihedral;
import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.core.training.Augmentation;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Training from an images table with noise made on the executors, and augmentation. */
@ExtendWith(SharedSpark.class)
class ImagesTrainingTest {
  private static final String NOISE = "gaussian:sigma=25";
  private static final PairNoise PAIRS_JOB_NOISE = new PairNoise(NoiseSpec.parse(NOISE), 0);

  @TempDir static Path dir;
  private static String pairs;
  private static String images;
  private static TrainResult trained;

  @BeforeAll
  static void train() throws Exception {
    pairs = PairsTables.write(SharedSpark.session(), dir.toString(), 24, NOISE);
    images = dir + "/images";
    trained =
        TrainJob.run(
            SharedSpark.session(),
            config(
                TrainConfig.ENGINE + "=spark",
                TrainConfig.AUGMENT + "=true",
                TrainConfig.DROPOUT + "=0.1"));
  }

  private static TrainConfig config(String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(
                TrainInput.IMAGES + "=" + images,
                TrainInput.NOISE + "=" + NOISE,
                TrainConfig.OUTPUT + "=" + dir + "/model",
                TrainConfig.EPOCHS + "=2",
                TrainConfig.LEARNING_RATE + "=0.01",
                TrainConfig.BATCH_SIZE_PER_WORKER + "=4",
                TrainConfig.AVERAGING_FREQUENCY + "=1"));
    all.addAll(List.of(more));
    return TrainConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  private static Dataset<Row> split(String table, String split) {
    return SharedSpark.session().read().parquet(table).filter("split = '" + split + "'");
  }

  @Test
  void theSparkEngineTrainsFromImagesWithAugmentationAndDropout() {
    assertThat(trained.epochs()).hasSize(2);
    assertThat(trained.trainImages()).isEqualTo(8);
    assertThat(trained.validationImages()).isEqualTo(8);
    assertThat(trained.epochs()).allSatisfy(e -> assertThat(e.validationPsnr()).isPositive());
  }

  @Test
  void validationPairsFromImagesAreThePairsJobsPairsForTheSameSpecAndSeed() {
    TrainInput fromImages = new TrainInput(images, Optional.of(PAIRS_JOB_NOISE));
    TrainInput fromPairs = new TrainInput(pairs, Optional.empty());

    List<ImagePair> made =
        TrainTables.validationPairs(split(images, "validation").orderBy("id"), fromImages, 100, 1);
    List<ImagePair> stored =
        TrainTables.validationPairs(split(pairs, "validation").orderBy("id"), fromPairs, 100, 1);

    assertThat(made).hasSize(8).hasSameSizeAs(stored);
    for (int i = 0; i < made.size(); i++) {
      assertThat(made.get(i).noisy().samples()).isEqualTo(stored.get(i).noisy().samples());
      assertThat(made.get(i).clean().samples()).isEqualTo(stored.get(i).clean().samples());
    }
  }

  @Test
  void everyEpochSeesFreshNoiseThatEveryRunReproduces() {
    Row row = split(images, "train").select("id", "png").first();
    ExampleSource source = new ExampleSource(PAIRS_JOB_NOISE, Augmentation.off(), 1);

    ImagePair one = source.pairs(row, 1).get(0);
    ImagePair oneAgain =
        new ExampleSource(PAIRS_JOB_NOISE, Augmentation.off(), 1).pairs(row, 1).get(0);
    ImagePair two = source.pairs(row, 2).get(0);

    assertThat(source.changesPerEpoch()).isTrue();
    assertThat(oneAgain.noisy().samples()).isEqualTo(one.noisy().samples());
    assertThat(two.clean().samples()).isEqualTo(one.clean().samples());
    assertThat(Arrays.equals(two.noisy().samples(), one.noisy().samples())).isFalse();
  }

  @Test
  void augmentationMovesTheNoisyAndTheCleanImageAlike() {
    Row row = split(pairs, "train").select("id", "clean_png", "noisy_png").first();
    String id = row.getAs("id");
    Augmentation augmentation = new Augmentation(true, 3);
    ExampleSource source = new ExampleSource(null, augmentation, 1);
    ImagePair plain = ExampleDecoder.pairs(row, 1).get(0);
    int epoch = 1;
    while (augmentation.transform(id, epoch, 16, 16) == Dihedral.IDENTITY) {
      epoch++;
    }
    Dihedral transform = augmentation.transform(id, epoch, 16, 16);

    ImagePair moved = source.pairs(row, epoch).get(0);

    assertThat(moved.noisy()).isEqualTo(transform.apply(plain.noisy()));
    assertThat(moved.clean()).isEqualTo(transform.apply(plain.clean()));
    assertThat(moved.clean()).isNotEqualTo(plain.clean());
  }

  /** The driver-restart path on the spark engine: checkpoint after epoch 1, resume to epoch 2. */
  @Test
  void theSparkEngineResumesFromItsCheckpointWithoutRepeatingEpochs() throws Exception {
    TrainResult first =
        TrainJob.run(
            SharedSpark.session(),
            config(
                TrainConfig.OUTPUT + "=" + dir + "/spark-resume",
                TrainConfig.EPOCHS + "=1",
                Checkpointing.EVERY + "=1"));
    TrainResult resumed =
        TrainJob.run(
            SharedSpark.session(),
            config(
                TrainConfig.OUTPUT + "=" + dir + "/spark-resume",
                Checkpointing.EVERY + "=1",
                Checkpointing.RESUME + "=true"));

    assertThat(resumed.engine()).isEqualTo(Engine.SPARK);
    assertThat(resumed.resumedFrom()).isEqualTo(1);
    assertThat(resumed.epochs()).extracting(EpochMetrics::epoch).containsExactly(1, 2);
    assertThat(resumed.epochs().get(0)).isEqualTo(first.epochs().get(0));
    assertThat(resumed.epochs().get(1).trainLoss()).isFinite().isPositive();
    assertThat(TrainOutputs.model(resumed).getConfiguration().getEpochCount()).isEqualTo(2);
  }
}
