/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.ingest.PairIngester;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.ingest.IngestConfig;
import io.sparkdenoise.jobs.ingest.IngestJob;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pairs --noisy N --clean C}: an archive's own scans and their clean counterparts, matched
 * by relative path (or, as two images tables, by the ids ingest derives from it), become an
 * ordinary pairs table; whatever cannot be paired is a reject with a reason.
 */
@ExtendWith(SharedSpark.class)
class RealPairsJobTest {
  private static final int TILE = 32;

  @TempDir static Path dir;
  private static RealPairsResult result;
  private static List<Row> pairs;
  private static List<Row> rejects;

  @BeforeAll
  static void pairTwoFolders() throws Exception {
    Path noisy = dir.resolve("noisy");
    Path clean = dir.resolve("clean");
    // 64 x 96: 2 x 3 tiles of 32, in a sub-folder and with a space in the name.
    write(noisy.resolve("box 1/page.png"), page(64, 96, 0.1f));
    write(clean.resolve("box 1/page.png"), page(64, 96, 0f));
    // Its ground-truth text: a sidecar, not a file to pair.
    Files.writeString(clean.resolve("box 1/page.txt"), "Dear Sir,");
    // Smaller than a tile: mirror-extended to one tile.
    write(noisy.resolve("small.png"), page(20, 24, 0.1f));
    write(clean.resolve("small.png"), page(20, 24, 0f));
    write(noisy.resolve("only-noisy.png"), page(32, 32, 0.1f));
    write(clean.resolve("only-clean.png"), page(32, 32, 0f));
    write(noisy.resolve("sizes.png"), page(32, 32, 0.1f));
    write(clean.resolve("sizes.png"), page(32, 40, 0f));
    Files.write(noisy.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
    write(clean.resolve("broken.png"), page(32, 32, 0f));

    SparkSession spark = SharedSpark.session();
    String output = dir.resolve("pairs").toString();
    result = RealPairsJob.run(spark, config(noisy.toString(), clean.toString(), output));
    pairs = read(output, Table.PAIRS, "");
    rejects = read(output, Table.REJECTS, "/" + RealPairsConfig.REJECTS);
  }

  @Test
  void matchedPagesBecomeTilesOfAnOrdinaryPairsTableRecordedAsReal() {
    assertThat(result.matched()).isEqualTo(4);
    assertThat(pairs).hasSize(2 * 3 + 1);
    assertThat(result.pairs()).isEqualTo(pairs.size());
    for (Row pair : pairs) {
      assertThat((String) pair.getAs("noise_model")).isEqualTo(RealPairsJob.NOISE_MODEL);
      assertThat((String) pair.getAs("noise_spec")).isEqualTo(RealPairsJob.NOISE_MODEL);
      assertThat((Integer) pair.getAs("width")).isEqualTo(TILE);
      assertThat((Integer) pair.getAs("height")).isEqualTo(TILE);
      assertThat(Set.of("train", "validation", "test")).contains((String) pair.getAs("split"));
    }
  }

  @Test
  void theNoisySideIsTheNoisyFileAndTheCleanSideTheCleanOne() throws Exception {
    for (Row pair : pairs) {
      Image noisy = ImageCodec.decode(pair.getAs("noisy_png"), "n").get(0).image();
      Image clean = ImageCodec.decode(pair.getAs("clean_png"), "c").get(0).image();
      assertThat(mean(noisy) - mean(clean))
          .isCloseTo(0.1, org.assertj.core.data.Offset.offset(2e-3));
    }
  }

  @Test
  void whatCannotBePairedIsARejectNamingTheFileAndWhy() {
    assertThat(names(rejects))
        .containsExactlyInAnyOrder(
            "only-noisy.png " + PairIngester.UNMATCHED,
            "only-clean.png " + PairIngester.UNMATCHED,
            "sizes.png " + PairIngester.UNMATCHED,
            "broken.png not_an_image");
    assertThat(result.rejected()).isEqualTo(4);
    assertThat(rejects)
        .allSatisfy(r -> assertThat((String) r.getAs("message")).doesNotContain("\n"));
  }

  @Test
  void twoImagesTablesIngestedFromTheFoldersGiveTheSamePairs() throws Exception {
    SparkSession spark = SharedSpark.session();
    String noisy = ingest(spark, "noisy");
    String clean = ingest(spark, "clean");
    String output = dir.resolve("pairs-of-tables").toString();

    RealPairsResult ofTables = RealPairsJob.run(spark, config(noisy, clean, output));

    assertThat(contents(read(output, Table.PAIRS, ""))).isEqualTo(contents(pairs));
    // ingest rejected the broken noisy file, so its clean page has no noisy row to match
    assertThat(ofTables.matched()).isEqualTo(result.matched() - 1);
    assertThat(names(read(output, Table.REJECTS, "/" + RealPairsConfig.REJECTS)))
        .containsExactlyInAnyOrder(
            "only-noisy.png " + PairIngester.UNMATCHED,
            "only-clean.png " + PairIngester.UNMATCHED,
            "sizes.png " + PairIngester.UNMATCHED,
            "broken.png " + PairIngester.UNMATCHED);
  }

  @Test
  void aTableIsNotPairedWithAFolder() throws Exception {
    SparkSession spark = SharedSpark.session();
    String noisy = ingest(spark, "noisy");
    String clean = dir.resolve("clean").toString();

    assertThatThrownBy(
            () -> RealPairsJob.run(spark, config(noisy, clean, dir.resolve("mixed").toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is an images table but pairs.clean")
        .hasMessageContaining("give two folders of image files or two images tables");
  }

  @Test
  void realPairsTakeNeitherAnImagesTableNorANoiseSpec() {
    assertThatThrownBy(
            () ->
                RealPairsConfig.from(
                    ConfigLayers.load(
                        Optional.empty(),
                        List.of(
                            "pairs.noisy=n",
                            "pairs.clean=c",
                            "pairs.output=o",
                            "pairs.noise=gaussian:sigma=25"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pairs.noise cannot be combined with pairs.noisy");
  }

  private static RealPairsConfig config(String noisy, String clean, String output) {
    return RealPairsConfig.from(
        ConfigLayers.load(
            Optional.empty(),
            List.of(
                "pairs.noisy=" + noisy,
                "pairs.clean=" + clean,
                "pairs.output=" + output,
                "pairs.tile.size=" + TILE,
                "spark.master=local[2]")));
  }

  private static List<Row> read(String output, Table table, String under) {
    return SharedSpark.session()
        .read()
        .schema(table.schema())
        .parquet(output + under)
        .collectAsList();
  }

  /** Each reject as its file's name and its reason. */
  private static List<String> names(List<Row> rejects) {
    List<String> lines = new ArrayList<>();
    for (Row r : rejects) {
      String uri = r.getAs("source_uri");
      lines.add(uri.substring(uri.lastIndexOf('/') + 1) + " " + r.getAs("reason"));
    }
    return lines;
  }

  /** Each pair's id, split, size and both images' bytes, by id. */
  private static Map<String, String> contents(List<Row> pairs) {
    Map<String, String> byId = new TreeMap<>();
    for (Row pair : pairs) {
      byId.put(
          pair.getAs("id"),
          String.join(
              " ",
              pair.getAs("split"),
              String.valueOf(pair.<Integer>getAs("width")),
              String.valueOf(pair.<Integer>getAs("height")),
              HexFormat.of().formatHex(pair.getAs("clean_png")),
              HexFormat.of().formatHex(pair.getAs("noisy_png"))));
    }
    return byId;
  }

  /** The images table that ingest makes of the folder {@code name}, made once. */
  private static String ingest(SparkSession spark, String name) throws Exception {
    Path output = dir.resolve(name + "-ingested");
    if (!Files.exists(output)) {
      IngestJob.run(
          spark,
          IngestConfig.from(
              ConfigLayers.load(
                  Optional.empty(),
                  List.of(
                      "ingest.input=" + dir.resolve(name),
                      "ingest.output=" + output,
                      "spark.master=local[2]"))));
    }
    return output.resolve(Table.IMAGES.tableName()).toString();
  }

  /** A page of smooth content, brightened by {@code offset} on the noisy side. */
  private static Image page(int height, int width, float offset) {
    float[] samples = new float[height * width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        samples[y * width + x] = 0.3f + 0.4f * x / width + 0.2f * y / height + offset;
      }
    }
    return Image.of("page", height, width, Image.GRAY, samples);
  }

  private static void write(Path file, Image image) throws Exception {
    Files.createDirectories(file.getParent());
    Files.write(file, ImageCodec.encode(image, EncodeOptions.png().withBitsPerSample(16)));
  }

  private static double mean(Image image) {
    double sum = 0;
    for (float v : image.samples()) {
      sum += v;
    }
    return sum / image.samples().length;
  }
}
