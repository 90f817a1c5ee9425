/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.TiffCompression;
import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.score.ScoreFixtures;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/**
 * Inputs and runs of the denoise tests: a tiny one-epoch seed model (the machinery, not its
 * quality, is under test), a small archive of scans and a run helper with 32-pixel tiles, so that
 * even a 100 x 70 page is cut into several tiles.
 */
final class DenoiseRuns {
  /** Page size of the noisy scans: not a multiple of the tile step nor of the pooling factor. */
  static final int HEIGHT = 100;

  static final int WIDTH = 70;

  private static Path model;

  private DenoiseRuns() {}

  /**
   * The tiny model directory shared by the denoise tests of this JVM, trained on first use under
   * {@code java.io.tmpdir} (inside {@code target/}), which outlives each class's temporary folders.
   */
  static synchronized String model() throws IOException {
    if (model == null) {
      Path dir =
          Path.of(
              System.getProperty("java.io.tmpdir"),
              "denoise-test-model-" + ProcessHandle.current().pid());
      model = ScoreFixtures.modelDir(dir);
    }
    return model.toString();
  }

  /** A noisy text-like gray page of {@link #HEIGHT} x {@link #WIDTH}. */
  static Image noisyPage(long seed) {
    return NoisePlanner.generate(NoiseSpec.parse("gaussian:sigma=20"), seed, cleanPage(seed))
        .image();
  }

  /** The clean page {@link #noisyPage} was made from. */
  static Image cleanPage(long seed) {
    return SyntheticImages.edgyGray("page-" + seed, HEIGHT, WIDTH, seed);
  }

  /**
   * An archive of five files: a 100 x 70 PNG at 300 dpi in a sub-directory, a 2-page LZW TIFF, a
   * bitonal G4 TIFF, a JPEG, and a truncated PNG.
   */
  static void writeArchive(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("2026/box1"));
    Files.write(
        dir.resolve("2026/box1/page.png"),
        ImageCodec.encode(noisyPage(1), EncodeOptions.png().withDpi(300)));
    Files.write(
        dir.resolve("book.tif"),
        ImageCodec.encodePages(
            List.of(noisyPage(2), noisyPage(3)), EncodeOptions.tiff(TiffCompression.LZW)));
    Files.write(dir.resolve("fax.tif"), SampleFiles.ccittG4Tiff());
    Files.write(dir.resolve("photo.jpg"), ImageCodec.encode(noisyPage(4), EncodeOptions.jpeg(90)));
    Files.write(dir.resolve("cut.png"), SampleFiles.truncatedPng());
  }

  /** The config of a run of {@code input} into {@code output}, with small tiles. */
  static DenoiseConfig config(String model, String input, String output, String... overrides) {
    List<String> all = new ArrayList<>();
    all.add(DenoiseConfig.MODEL + "=" + model);
    all.add(DenoiseConfig.INPUT + "=" + input);
    all.add(DenoiseConfig.OUTPUT + "=" + output);
    all.add(DenoiseConfig.TILE_SIZE + "=64");
    all.add(DenoiseConfig.FILES_PER_TASK + "=2");
    all.addAll(List.of(overrides));
    return DenoiseConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  static DenoiseResult run(String model, String input, String output, String... overrides)
      throws IOException {
    return DenoiseJob.run(SharedSpark.session(), config(model, input, output, overrides));
  }

  /**
   * The latest committed pages row of each page by file name and page, e.g. {@code book.tif#1} (a
   * page denoised again by a later run, whose run id sorts later, has a row in each run).
   */
  static Map<String, Row> pages(String output) {
    return SharedSpark.session().read().parquet(output + "/pages").collectAsList().stream()
        .collect(
            Collectors.toMap(
                r -> name(r.getAs("source_uri")) + "#" + r.<Integer>getAs("page"),
                r -> r,
                (a, b) -> a.<String>getAs("run_id").compareTo(b.getAs("run_id")) > 0 ? a : b));
  }

  static String name(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }
}
