/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run trains on several tables of one kind at once, e.g. an archive's real pairs with synthetic
 * ones, or rendered pages with photographs ingested apart: {@code train.pairs} or {@code
 * train.images} lists them separated by commas.
 */
@ExtendWith(SharedSpark.class)
class TrainMixTest {
  private static final int IMAGES = 24;

  @TempDir Path dir;

  @Test
  void severalPairsTablesTrainAsOneAndAreAllRecordedAsInputs() throws Exception {
    SparkSession spark = SharedSpark.session();
    String gaussian = PairsTables.write(spark, dir + "/g", IMAGES, "gaussian:sigma=25");
    String specks = PairsTables.write(spark, dir + "/s", IMAGES, "salt-pepper:amount=0.05");
    String output = dir + "/model";

    TrainResult mixed = trainOneEpoch(output, TrainConfig.PAIRS + "=" + gaussian + ", " + specks);

    assertThat(mixed.trainImages()).isEqualTo(trainRows(gaussian, specks));
    assertThat(ProvenanceFiles.read(spark, output).inputs())
        .extracting(InputFile::uri)
        .anySatisfy(uri -> assertThat(uri).endsWith("/g/pairs"))
        .anySatisfy(uri -> assertThat(uri).endsWith("/s/pairs"));
  }

  @Test
  void severalImagesTablesTrainAsOneWithTheSameFreshNoise() throws Exception {
    SparkSession spark = SharedSpark.session();
    PairsTables.write(spark, dir + "/a", IMAGES, "gaussian:sigma=25");
    PairsTables.write(spark, dir + "/b", IMAGES, "gaussian:sigma=25");
    String output = dir + "/from-images";

    TrainResult mixed =
        trainOneEpoch(
            output,
            TrainInput.IMAGES + "=" + dir + "/a/images," + dir + "/b/images",
            TrainInput.NOISE + "=gaussian:sigma=5..50");

    assertThat(mixed.trainImages()).isEqualTo(trainRows(dir + "/a/images", dir + "/b/images"));
    assertThat(ProvenanceFiles.read(spark, output).inputs())
        .extracting(InputFile::uri)
        .anySatisfy(uri -> assertThat(uri).endsWith("/a/images"))
        .anySatisfy(uri -> assertThat(uri).endsWith("/b/images"));
  }

  /** One local epoch with seed 3 into {@code output}, from the input settings given. */
  private static TrainResult trainOneEpoch(String output, String... input) throws Exception {
    List<String> settings = new ArrayList<>(List.of(input));
    settings.addAll(
        List.of(
            TrainConfig.OUTPUT + "=" + output,
            TrainConfig.ENGINE + "=local",
            TrainConfig.EPOCHS + "=1",
            TrainConfig.SEED + "=3"));
    return TrainJob.run(
        SharedSpark.session(), TrainConfig.from(ConfigLayers.load(Optional.empty(), settings)));
  }

  /** The train-split rows of the tables together. */
  private static long trainRows(String... tables) {
    long rows = 0;
    for (String table : tables) {
      rows += SharedSpark.session().read().parquet(table).filter("split = 'train'").count();
    }
    return rows;
  }

  @Test
  void aGlobsBracesDoNotSplitTheList() {
    TrainInput input =
        TrainInput.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    TrainConfig.PAIRS + "=/p/{a,b}/pairs,/q/pairs", TrainConfig.OUTPUT + "=o")));

    assertThat(input.tables()).containsExactly("/p/{a,b}/pairs", "/q/pairs");
  }
}
