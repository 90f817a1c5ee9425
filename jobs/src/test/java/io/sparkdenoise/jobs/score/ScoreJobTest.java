/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.ImageMetrics;
import io.sparkdenoise.core.metrics.NoiseEstimator;
import io.sparkdenoise.core.metrics.Ssim;
import io.sparkdenoise.core.metrics.SsimConvention;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.contracts.MethodSummary;
import io.sparkdenoise.jobs.executor.ModelZip;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.spark.TableSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class ScoreJobTest {
  private static final int IMAGES = 6;
  private static final List<String> BASELINES =
      List.of("identity", "gaussian_s1", "median3x3", "bg_median21", "sauvola");

  /** The identity metrics compared between the pairs and the images-plus-noise paths. */
  private static final List<String> IDENTITY_COLUMNS =
      List.of(
          "image_id",
          "split",
          "noise_model",
          "psnr_db",
          "ssim_wang",
          "ssim_skimage",
          "mse",
          "sigma_hat");

  @TempDir static Path dir;
  private static Path model;
  private static String images;
  private static String pairs;
  private static ScoreResult withModel;

  @BeforeAll
  static void scorePairsWithTheModel() throws Exception {
    SparkSession spark = SharedSpark.session();
    model = ScoreFixtures.modelDir(dir.resolve("model"));
    images = ScoreFixtures.images(spark, dir + "/images", IMAGES);
    pairs = ScoreFixtures.pairs(spark, images, dir + "/pairs");
    withModel =
        ScoreJob.run(
            spark,
            config(
                "score.model=" + model,
                "score.pairs=" + pairs,
                "score.output=" + dir + "/metrics",
                "score.run-id=first"));
  }

  /** A run's configuration; without a {@code score.model} override, the baselines only. */
  /**
   * A baselines-only run of every split (the split filter has tests of its own), then overrides.
   */
  private static ScoreConfig config(String... overrides) {
    List<String> all =
        new ArrayList<>(List.of("score.model=none", "score.splits=train,validation,test"));
    all.addAll(List.of(overrides));
    return ScoreConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  /** A baselines-only run with the default splits, then overrides. */
  private static ScoreConfig defaultSplits(String... overrides) {
    List<String> all = new ArrayList<>(List.of("score.model=none"));
    all.addAll(List.of(overrides));
    return ScoreConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  private static Dataset<Row> read(String uri) {
    return SharedSpark.session().read().parquet(uri);
  }

  private static List<Row> identityRows(String table) {
    return read(table)
        .filter(col("method").equalTo("identity"))
        .select(
            IDENTITY_COLUMNS.stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new))
        .orderBy("image_id")
        .collectAsList();
  }

  @Test
  void writesOneRowPerImageAndMethodInTheMetricsSchemaUnderTheRunsPartition() throws Exception {
    Dataset<Row> table = read(dir + "/metrics");

    SchemaCheck.requireMatches(
        "metrics", TableSchemas.load("metrics"), table.schema(), SchemaCheck.Nullability.IGNORE);
    assertThat(table.count()).isEqualTo(IMAGES * 6L);
    assertThat(withModel.rows()).isEqualTo(IMAGES * 6L);
    assertThat(withModel.images()).isEqualTo(IMAGES);
    assertThat(withModel.failed()).isZero();
    assertThat(withModel.output()).isEqualTo("file:" + dir + "/metrics/run_id=first");
    assertThat(withModel.methods().keySet())
        .containsExactly("identity", "gaussian_s1", "median3x3", "bg_median21", "sauvola", "model");
    String modelId = ModelZip.idOf(Files.readAllBytes(model.resolve("model.zip")));
    assertThat(withModel.modelId()).contains(modelId);
    String provenanceHash = ProvenanceFiles.read(SharedSpark.session(), withModel.output()).hash();
    for (Row row : table.collectAsList()) {
      assertThat((String) row.getAs("run_id")).isEqualTo("first");
      assertThat((String) row.getAs("model_id")).isEqualTo(modelId);
      assertThat((String) row.getAs("provenance_hash")).isEqualTo(provenanceHash);
      assertThat(List.of(row.getAs("width"), row.getAs("height"))).containsExactly(16, 16);
      assertThat((double) row.getAs("millis")).isNotNegative();
      assertThat((byte[]) row.getAs("output_png")).isNull();
    }
    for (MethodSummary method : withModel.methods().values()) {
      assertThat(method.count()).isEqualTo(IMAGES);
    }
  }

  @Test
  void theNoisyInputsMetricsAreThoseOfTheNoisyImageAgainstTheClean() throws Exception {
    Map<String, Row> pairsById = new HashMap<>();
    read(pairs).collectAsList().forEach(p -> pairsById.put(p.getAs("id"), p));

    List<Row> identity =
        read(dir + "/metrics").filter(col("method").equalTo("identity")).collectAsList();

    assertThat(identity).hasSize(IMAGES);
    for (Row row : identity) {
      Row pair = pairsById.get(row.<String>getAs("image_id"));
      Image clean = PairNoise.decodeCell(pair.getAs("id"), pair.getAs("clean_png"));
      Image noisy = PairNoise.decodeCell(pair.getAs("id"), pair.getAs("noisy_png"));
      assertThat((double) row.getAs("psnr_db")).isEqualTo(ImageMetrics.psnr(clean, noisy, 1.0));
      assertThat((double) row.getAs("mse")).isEqualTo(ImageMetrics.mse(clean, noisy));
      assertThat((double) row.getAs("ssim_wang"))
          .isEqualTo(Ssim.mean(clean, noisy, SsimConvention.WANG));
      assertThat((double) row.getAs("ssim_skimage"))
          .isEqualTo(Ssim.mean(clean, noisy, SsimConvention.SKIMAGE));
      assertThat((double) row.getAs("sigma_hat")).isEqualTo(NoiseEstimator.estimateSigma(noisy));
      assertThat((String) row.getAs("noise_model")).isEqualTo("gaussian");
      assertThat(row.<String, Double>getJavaMap(row.fieldIndex("noise_params")))
          .containsExactlyEntriesOf(Map.of("sigma", 25.0));
      assertThat((String) row.getAs("split")).isEqualTo(pair.<String>getAs("split"));
    }
    // the noisy input's gain over itself is zero, image by image
    assertThat(withModel.methods().get("identity").psnrGainDb()).isZero();
    assertThat(withModel.methods().get("identity").ssimGain()).isZero();
  }

  @Test
  void reRunningARunIdReplacesItsRowsAndAnotherRunIdAddsAPartition() throws Exception {
    SparkSession spark = SharedSpark.session();
    String output = dir + "/reruns";
    ScoreConfig runA = config("score.pairs=" + pairs, "score.output=" + output, "score.run-id=a");

    ScoreJob.run(spark, runA);
    ScoreJob.run(spark, runA);
    long afterRerun = read(output).count();
    ScoreResult runB =
        ScoreJob.run(
            spark, config("score.pairs=" + pairs, "score.output=" + output, "score.run-id=b"));

    assertThat(afterRerun).isEqualTo(IMAGES * 5L);
    assertThat(runB.rows()).isEqualTo(IMAGES * 5L);
    assertThat(read(output).groupBy("run_id").count().collectAsList())
        .extracting(r -> r.getString(0) + "=" + r.getLong(1))
        .containsExactlyInAnyOrder("a=30", "b=30");
  }

  @Test
  void theDefaultRunIdIsTheSameForTheSameScoringAndDiffersForOtherNoise() throws Exception {
    SparkSession spark = SharedSpark.session();
    String output = dir + "/defaults";
    ScoreConfig seven =
        config(
            "score.images=" + images,
            "score.noise=gaussian:sigma=25",
            "score.seed=7",
            "score.output=" + output);
    ScoreConfig eight =
        config(
            "score.images=" + images,
            "score.noise=gaussian:sigma=25",
            "score.seed=8",
            "score.output=" + output);

    ScoreResult first = ScoreJob.run(spark, seven);
    ScoreResult again = ScoreJob.run(spark, seven);
    String other = ScoreJob.defaultRunId(spark, eight.input(), eight.splits(), Optional.empty());

    assertThat(again.runId()).isEqualTo(first.runId()).matches("run-[0-9a-f]{16}");
    assertThat(other).isNotEqualTo(first.runId()).matches("run-[0-9a-f]{16}");
    assertThat(read(output).count()).isEqualTo(IMAGES * 5L);
  }

  @Test
  void onlyTheTestSplitIsScoredByDefaultAndOtherSplitsGetARunOfTheirOwn() throws Exception {
    SparkSession spark = SharedSpark.session();
    String output = dir + "/by-split";

    ScoreResult test =
        ScoreJob.run(spark, defaultSplits("score.pairs=" + pairs, "score.output=" + output));
    ScoreResult trainAndValidation =
        ScoreJob.run(
            spark,
            defaultSplits(
                "score.pairs=" + pairs, "score.output=" + output, "score.splits=validation,train"));

    long testPairs = read(pairs).filter(col("split").equalTo("test")).count();
    assertThat(testPairs).isPositive().isLessThan(IMAGES);
    assertThat(test.images()).isEqualTo(testPairs);
    assertThat(read(test.output()).select("split").distinct().collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("test");
    assertThat(trainAndValidation.images()).isEqualTo(IMAGES - testPairs);
    assertThat(trainAndValidation.runId()).isNotEqualTo(test.runId());
  }

  @Test
  void splitsWithoutRowsStopTheRunAndNameTheSplitsThereAre() throws Exception {
    SparkSession spark = SharedSpark.session();
    String trainOnly = dir + "/train-only-pairs";
    read(pairs).filter(col("split").equalTo("train")).write().parquet(trainOnly);

    assertThatThrownBy(
            () ->
                ScoreJob.run(
                    spark,
                    defaultSplits("score.pairs=" + trainOnly, "score.output=" + dir + "/none")))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "score.splits is 'test' but "
                + trainOnly
                + " has rows of train only: set score.splits to those");
    assertThat(dir.resolve("none")).doesNotExist();
  }

  @Test
  void aChoiceOfBaselinesScoresThoseOnlyInScoringOrder() throws Exception {
    String output = dir + "/chosen";
    ScoreResult chosen =
        ScoreJob.run(
            SharedSpark.session(),
            config(
                "score.pairs=" + pairs,
                "score.output=" + output,
                "score.baselines=sauvola, identity"));

    assertThat(chosen.methods().keySet()).containsExactly("identity", "sauvola");
    assertThat(read(output).count()).isEqualTo(IMAGES * 2L);
  }

  @Test
  void noiseMadeOnTheFlyScoresLikeThePairsTableOfTheSameSeedAndABaselinesRunHasNoModelId()
      throws Exception {
    String output = dir + "/fly";
    ScoreResult onTheFly =
        ScoreJob.run(
            SharedSpark.session(),
            config(
                "score.model=none",
                "score.images=" + images,
                "score.noise=" + ScoreFixtures.NOISE,
                "score.seed=" + ScoreFixtures.SEED,
                "score.output=" + output,
                "score.run-id=fly"));

    assertThat(onTheFly.modelId()).isEmpty();
    assertThat(onTheFly.methods().keySet()).containsExactlyElementsOf(BASELINES);
    assertThat(read(output).filter(col("model_id").isNotNull()).count()).isZero();
    assertThat(read(output).count()).isEqualTo(IMAGES * 5L);
    assertThat(identityRows(output)).containsExactlyElementsOf(identityRows(dir + "/metrics"));
  }

  @Test
  void withWriteImagesTheModelRowsKeepTheModelsOutputAsA16BitPng() throws Exception {
    String output = dir + "/with-images";
    ScoreJob.run(
        SharedSpark.session(),
        config(
            "score.model=" + model,
            "score.pairs=" + pairs,
            "score.output=" + output,
            "score.run-id=images",
            "score.write-images=true"));
    Map<String, Image> clean = new HashMap<>();
    for (Row pair : read(pairs).collectAsList()) {
      clean.put(pair.getAs("id"), PairNoise.decodeCell(pair.getAs("id"), pair.getAs("clean_png")));
    }

    List<Row> rows = read(output).collectAsList();

    assertThat(rows).hasSize(IMAGES * 6);
    for (Row row : rows) {
      byte[] png = row.getAs("output_png");
      if (!"model".equals(row.getAs("method"))) {
        assertThat(png).as("%s row", (Object) row.getAs("method")).isNull();
        continue;
      }
      Image reference = clean.get(row.<String>getAs("image_id"));
      Image out = PairNoise.decodeCell(row.getAs("image_id"), png);
      // 16-bit rounding moves each sample by at most 0.5/65535, the MSE by less than
      // 2 * 0.5/65535 (|a - b| <= 1) + (0.5/65535)^2 = 1.53e-5
      assertThat(ImageMetrics.mse(reference, out))
          .isCloseTo((double) row.getAs("mse"), within(1.6e-5));
    }
  }

  @Test
  void aMissingModelOrAnInputOfTheWrongKindIsRefused() throws Exception {
    SparkSession spark = SharedSpark.session();
    String output = dir + "/refused";

    assertThatThrownBy(
            () ->
                ScoreJob.run(
                    spark,
                    config(
                        "score.model=" + dir + "/no-model",
                        "score.pairs=" + pairs,
                        "score.output=" + output)))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage("file:" + dir + "/no-model/model.zip");
    assertThatThrownBy(
            () -> ScoreJob.run(spark, config("score.pairs=" + images, "score.output=" + output)))
        .hasMessage(
            images
                + " is not a pairs table (data-schemas/pairs.json): [missing field clean_png:"
                + " binary, missing field noisy_png: binary, missing field noise_model: string,"
                + " missing field noise_params: map<string,double>]");
  }
}
