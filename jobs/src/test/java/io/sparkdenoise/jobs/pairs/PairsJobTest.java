/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.DataFrameAssertions;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.spark.TableSchemas;
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
class PairsJobTest {
  /** Flat gray images: 8 x 16 x 16 = 2048 samples for the noise statistics. */
  private static final int FLAT_IMAGES = 8;

  /** Smooth images with distinct content for the determinism and mixture tests. */
  private static final int SMOOTH_IMAGES = 24;

  /** The spec of the smooth-image runs: a mixture with ranges. */
  private static final String MIXTURE = "0.5*gaussian:sigma=5..50|0.5*salt-pepper:amount=0.01..0.1";

  @TempDir static Path dir;
  private static String flat;

  /** Pairs of the smooth images with seed 0, computed in 1 and in 7 partitions. */
  private static PairsResult onePartition;

  private static PairsResult sevenPartitions;

  /** Pairs of the smooth images with seed 3. */
  private static PairsResult otherSeed;

  @BeforeAll
  static void writeInputs() throws Exception {
    SparkSession spark = SharedSpark.session();
    flat =
        ImagesTables.write(
            spark, dir + "/flat", ImagesTables.rows(FLAT_IMAGES, i -> ImagesTables.flatGray()), 2);
    String smooth =
        ImagesTables.write(
            spark,
            dir + "/smooth",
            ImagesTables.rows(
                SMOOTH_IMAGES,
                i -> SyntheticImages.smoothGray("smooth", ImagesTables.SIZE, ImagesTables.SIZE, i)),
            3);
    String noise = "pairs.noise=" + MIXTURE;
    onePartition = PairsJob.run(spark, config(smooth, dir + "/p1", noise, "pairs.partitions=1"));
    sevenPartitions = PairsJob.run(spark, config(smooth, dir + "/p7", noise, "pairs.partitions=7"));
    otherSeed = PairsJob.run(spark, config(smooth, dir + "/seed3", noise, "pairs.seed=3"));
  }

  private static PairsConfig config(String images, String output, String... overrides) {
    List<String> all = new ArrayList<>(List.of("pairs.images=" + images, "pairs.output=" + output));
    all.addAll(List.of(overrides));
    return PairsConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  private static Dataset<Row> read(String uri) {
    return SharedSpark.session().read().parquet(uri);
  }

  private static Image noisy(Row pair) throws Exception {
    byte[] png = pair.getAs("noisy_png");
    return ImageCodec.decode(png, pair.getAs("id")).get(0).image();
  }

  private static Map<String, Double> params(Row pair) {
    return new HashMap<>(pair.getJavaMap(pair.fieldIndex("noise_params")));
  }

  @Test
  void gaussianNoiseOnFlatGrayHasTheModelsMeanAndSigmaAndTheTableItsProvenance() throws Exception {
    PairsResult result =
        PairsJob.run(
            SharedSpark.session(),
            config(flat, dir + "/gauss", "pairs.noise=gaussian:sigma=25", "pairs.seed=11"));

    assertThat(result.images()).isEqualTo(FLAT_IMAGES);
    assertThat(result.pairs()).isEqualTo(FLAT_IMAGES);
    assertThat(result.failed()).isZero();
    Dataset<Row> pairs = read(result.output());
    SchemaCheck.requireMatches(
        "pairs", TableSchemas.load("pairs"), pairs.schema(), SchemaCheck.Nullability.IGNORE);
    double sum = 0;
    double sumSquares = 0;
    int n = 0;
    for (Row pair : pairs.collectAsList()) {
      assertThat((String) pair.getAs("noise_model")).isEqualTo("gaussian");
      assertThat(params(pair)).containsExactlyEntriesOf(Map.of("sigma", 25.0));
      assertThat((String) pair.getAs("noise_spec")).isEqualTo("gaussian:sigma=25");
      assertThat((long) pair.getAs("seed")).isEqualTo(11L);
      assertThat(List.of(pair.getAs("width"), pair.getAs("height"), pair.getAs("channels")))
          .containsExactly(16, 16, 1);
      for (float x : noisy(pair).samples()) {
        sum += x;
        sumSquares += (double) x * x;
        n++;
      }
    }
    double mean = sum / n;
    double sigma = Math.sqrt(sumSquares / n - mean * mean);
    // n = 2048 samples of N(128/255, (25/255)^2), clipped to [0,1] only beyond 5 sigma: the
    // standard error of the mean is (25/255)/sqrt(2048) = 0.0022 and that of sigma about
    // (25/255)/sqrt(2 * 2048) = 0.0015; the tolerances are 4 standard errors.
    assertThat(mean).isCloseTo(ImagesTables.GRAY, within(0.0087));
    assertThat(sigma).isCloseTo(25 / 255.0, within(0.0061));
    Provenance provenance = ProvenanceFiles.read(SharedSpark.session(), result.output());
    assertThat(provenance.job()).isEqualTo("pairs");
    assertThat(provenance.seeds()).containsExactlyEntriesOf(Map.of("pairs.seed", 11L));
    assertThat(provenance.config())
        .containsEntry("pairs.noise", "gaussian:sigma=25")
        .containsEntry("pairs.schema-version", "2")
        .containsEntry(
            "pairs.images-provenance-hash",
            ProvenanceFiles.read(SharedSpark.session(), flat).hash());
    assertThat(provenance.inputs()).extracting(input -> input.uri()).containsExactly(flat);
  }

  @Test
  void theSameSeedGivesTheSameTableWhateverThePartitioning() {
    assertThat(onePartition.pairs()).isEqualTo(SMOOTH_IMAGES);
    DataFrameAssertions.assertDataFrameEquals(
        read(onePartition.output()).orderBy("id"), read(sevenPartitions.output()).orderBy("id"));
  }

  @Test
  void anotherSeedGivesEveryImageOtherNoise() {
    Map<String, byte[]> seed0 = new HashMap<>();
    read(onePartition.output())
        .collectAsList()
        .forEach(r -> seed0.put(r.getAs("id"), r.getAs("noisy_png")));
    List<Row> seed3 = read(otherSeed.output()).collectAsList();

    assertThat(seed3).hasSize(SMOOTH_IMAGES);
    for (Row pair : seed3) {
      assertThat((byte[]) pair.getAs("noisy_png")).isNotEqualTo(seed0.get(pair.getAs("id")));
    }
  }

  @Test
  void mixtureModelsAndParametersAreDrawnPerImageWithinTheSpecsRanges() {
    List<Row> pairs = read(otherSeed.output()).collectAsList();

    assertThat(pairs.stream().map(r -> (String) r.getAs("noise_model")).distinct())
        .containsExactlyInAnyOrder("gaussian", "salt-pepper");
    NoiseSpec spec = NoiseSpec.parse(MIXTURE);
    for (Row pair : pairs) {
      Map<String, Double> params = params(pair);
      if ("gaussian".equals(pair.getAs("noise_model"))) {
        assertThat(params.keySet()).containsExactly("sigma");
        assertThat(params.get("sigma")).isBetween(5.0, 50.0);
      } else {
        assertThat(params.keySet()).containsExactlyInAnyOrder("amount", "salt");
        assertThat(params.get("amount")).isBetween(0.01, 0.1);
        assertThat(params.get("salt")).isEqualTo(0.5);
      }
      assertThat(params).isEqualTo(NoisePlanner.plan(spec, 3, pair.getAs("id")).parameters());
      assertThat((String) pair.getAs("noise_spec")).isEqualTo(spec.toString());
      assertThat((long) pair.getAs("seed")).isEqualTo(3L);
    }
  }

  @Test
  void aRowWhosePngDoesNotDecodeGetsNoPairAndIsCountedAsFailed() throws Exception {
    SparkSession spark = SharedSpark.session();
    List<Row> rows = new ArrayList<>(ImagesTables.rows(3, i -> ImagesTables.flatGray()));
    Image shape = SampleFiles.grayImage().withId(ImagesTables.id(3));
    rows.add(ImagesTables.row(3, SampleFiles.truncatedPng(), shape));
    String images = ImagesTables.write(spark, dir + "/damaged", rows, 1);

    PairsResult result =
        PairsJob.run(
            spark, config(images, dir + "/damaged-pairs", "pairs.noise=gaussian:sigma=10"));

    assertThat(result.summary())
        .containsEntry("images", 4L)
        .containsEntry("pairs", 3L)
        .containsEntry("failed", 1L);
    assertThat(read(result.output()).select("id").collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactlyInAnyOrder(ImagesTables.id(0), ImagesTables.id(1), ImagesTables.id(2));
  }

  @Test
  void eachPairKeepsItsImagesGroundTruthTextAndImagesWithoutTextHaveNone() throws Exception {
    SparkSession spark = SharedSpark.session();
    String images =
        ImagesTables.write(
            spark,
            dir + "/texts",
            ImagesTables.rows(4, i -> ImagesTables.flatGray(), i -> i == 2 ? null : "text " + i),
            2);

    PairsResult result =
        PairsJob.run(spark, config(images, dir + "/text-pairs", "pairs.noise=gaussian:sigma=10"));

    Map<String, String> texts = new HashMap<>();
    read(result.output())
        .collectAsList()
        .forEach(r -> texts.put(r.getAs("id"), r.<String>getAs("text")));
    assertThat(texts)
        .containsEntry(ImagesTables.id(0), "text 0")
        .containsEntry(ImagesTables.id(1), "text 1")
        .containsEntry(ImagesTables.id(2), null)
        .containsEntry(ImagesTables.id(3), "text 3");
  }

  @Test
  void anImagesTableOfSchemaVersion1WithoutTheTextColumnMakesPairsWithoutText() throws Exception {
    SparkSession spark = SharedSpark.session();
    String images =
        ImagesTables.writeVersion1(
            spark, dir + "/images-v1", ImagesTables.rows(3, i -> ImagesTables.flatGray()));

    PairsResult result =
        PairsJob.run(spark, config(images, dir + "/v1-pairs", "pairs.noise=gaussian:sigma=10"));

    assertThat(read(images).columns()).doesNotContain("text");
    assertThat(result.pairs()).isEqualTo(3);
    Dataset<Row> pairs = read(result.output());
    SchemaCheck.requireMatches(
        "pairs", TableSchemas.load("pairs"), pairs.schema(), SchemaCheck.Nullability.IGNORE);
    assertThat(pairs.filter(col("text").isNotNull()).count()).isZero();
  }

  @Test
  void aMissingTableOrOneWithoutTheImageColumnsIsRefused() throws Exception {
    SparkSession spark = SharedSpark.session();
    String missing = dir + "/nowhere";
    String foreign = dir + "/foreign";
    spark.range(3).toDF("id").write().parquet(foreign);

    assertThatThrownBy(
            () -> PairsJob.run(spark, config(missing, dir + "/x", "pairs.noise=gaussian:sigma=1")))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(missing);
    assertThatThrownBy(
            () -> PairsJob.run(spark, config(foreign, dir + "/y", "pairs.noise=gaussian:sigma=1")))
        .hasMessage(
            foreign
                + " is not an images table (data-schemas/images.json): [field id has type bigint,"
                + " expected string, missing field png: binary, missing field label: int,"
                + " missing field split: string]");
  }
}
