/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.TiffCompression;
import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.denoise.DenoiseConfig;
import io.sparkdenoise.jobs.denoise.DenoiseJob;
import io.sparkdenoise.jobs.denoise.DenoiseResult;
import io.sparkdenoise.jobs.score.ScoreFixtures;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.tables.CsvRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worst_pages and faded_pages examples, run by {@code tables query --pages} over the pages
 * table of a real denoise run, against the order and numbers worked out from the table's raw rows.
 */
@ExtendWith(SharedSpark.class)
class TablesQueryPagesTest {
  @TempDir static Path dir;

  private static Image page(long seed, double sigma) {
    Image clean = SyntheticImages.edgyGray("page-" + seed, 80, 60, seed);
    return NoisePlanner.generate(NoiseSpec.parse("gaussian:sigma=" + sigma), seed, clean).image();
  }

  @Test
  void worstPagesAreThoseWhoseSigmaHatDroppedLeastInTheirRun() throws Exception {
    Path archive = dir.resolve("archive");
    Files.createDirectories(archive);
    Files.write(archive.resolve("quiet.png"), ImageCodec.encode(page(1, 3), EncodeOptions.png()));
    Files.write(
        archive.resolve("book.tif"),
        ImageCodec.encodePages(
            List.of(page(2, 15), page(3, 40)), EncodeOptions.tiff(TiffCompression.LZW)));
    String output = dir.resolve("denoised").toUri().toString();

    LauncherRun run = query(archive, output, "worst_pages", DenoiseConfig.TILE_SIZE + "=64");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<Row> raw =
        SharedSpark.session().read().parquet(output + "/pages").collectAsList().stream()
            .sorted(
                Comparator.comparingDouble(
                    (Row r) ->
                        r.<Double>getAs("sigma_hat_before") - r.<Double>getAs("sigma_hat_after")))
            .toList();
    List<Map<String, String>> rows = CsvRows.parse(run.out());
    assertThat(rows).hasSize(3);
    for (int i = 0; i < raw.size(); i++) {
      Row expected = raw.get(i);
      Map<String, String> row = rows.get(i);
      assertThat(row.get("source_uri")).isEqualTo(expected.getAs("source_uri"));
      assertThat(Integer.parseInt(row.get("page"))).isEqualTo(expected.<Integer>getAs("page"));
      assertThat(Double.parseDouble(row.get("sigma_hat_drop")))
          .isCloseTo(
              expected.<Double>getAs("sigma_hat_before")
                  - expected.<Double>getAs("sigma_hat_after"),
              within(1e-5));
      assertThat(row.get("psnr_db")).as("no references in this run").isEmpty();
    }
    assertThat(rows.get(2).get("source_uri"))
        .as("the noisiest page gains most")
        .endsWith("book.tif");
    assertThat(rows.get(2).get("page")).isEqualTo("1");
  }

  @Test
  void fadedPagesAreThoseWhoseInkWasRaisedMostRaisedFirst() throws Exception {
    Path archive = dir.resolve("faded-archive");
    Files.createDirectories(archive);
    Files.write(archive.resolve("faint.png"), ImageCodec.encode(lines(0.7f), EncodeOptions.png()));
    Files.write(
        archive.resolve("fainter.png"), ImageCodec.encode(lines(0.72f), EncodeOptions.png()));
    Files.write(archive.resolve("dark.png"), ImageCodec.encode(lines(0.1f), EncodeOptions.png()));
    String output = dir.resolve("faded-denoised").toUri().toString();

    LauncherRun run = query(archive, output, "faded_pages", DenoiseConfig.FADED_INK + "=0.45");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<Map<String, String>> rows = CsvRows.parse(run.out());
    assertThat(rows)
        .extracting(r -> r.get("source_uri").replaceFirst(".*/", ""))
        .containsExactly("fainter.png", "faint.png");
    assertThat(Double.parseDouble(rows.get(1).get("ink_gain"))).isCloseTo(2.25, within(0.03));
    assertThat(rows.get(1).get("ocr_confidence_before")).as("not read in this run").isEmpty();
  }

  /**
   * Denoises {@code archive} into {@code output} with a tiny model of our own and {@code setting},
   * then runs the SQL {@code example} over that run's pages table.
   */
  private static LauncherRun query(Path archive, String output, String example, String setting)
      throws Exception {
    DenoiseResult result =
        DenoiseJob.run(
            SharedSpark.session(),
            DenoiseConfig.from(
                ConfigLayers.load(
                    Optional.empty(),
                    List.of(
                        DenoiseConfig.MODEL + "=" + ScoreFixtures.modelDir(dir.resolve("model")),
                        DenoiseConfig.INPUT + "=" + archive.toUri(),
                        DenoiseConfig.OUTPUT + "=" + output,
                        setting))));
    return LauncherRun.of(
        "tables",
        "query",
        "--pages",
        output + "/pages",
        "--var",
        "run_id=" + result.runId(),
        "--example",
        example);
  }

  /** A gray page of paper at 0.9 with every fourth row of {@code ink}. */
  private static Image lines(float ink) {
    float[] samples = new float[80 * 60];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (i / 60) % 4 == 1 ? ink : 0.9f;
    }
    return Image.of("lines", 80, 60, 1, samples);
  }
}
