/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.core.model.LocalTrainer;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.model.TrainingOptions;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.synth.DocumentPages;
import io.sparkdenoise.core.synth.PageTones;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.pairs.ImagesTables;
import io.sparkdenoise.jobs.pairs.PairsConfig;
import io.sparkdenoise.jobs.pairs.PairsJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Inputs of score runs: a tiny {@code seed} model trained for one epoch (the machinery, not its
 * quality, is under test), and small images and pairs tables of smooth 16 x 16 gray images.
 */
public final class ScoreFixtures {
  /** The noise of the test pairs. */
  public static final String NOISE = "gaussian:sigma=25";

  /** The seed of the test pairs. */
  public static final long SEED = 7;

  private static final int TRAINING_PAIRS = 32;
  private static final long PAGE_SEED = 5;
  private static final int BATCH = 8;

  private ScoreFixtures() {}

  /** Trains the tiny model and saves it as {@code dir/model.zip}; returns {@code dir}. */
  public static Path modelDir(Path dir) throws IOException {
    NoiseSpec spec = NoiseSpec.parse(NOISE);
    List<ImagePair> pairs = new ArrayList<>();
    for (int i = 0; i < TRAINING_PAIRS; i++) {
      Image clean = SyntheticImages.smoothGray("train-" + i, 16, 16, 100 + i);
      pairs.add(new ImagePair(NoisePlanner.generate(spec, 1, clean).image(), clean));
    }
    var network = Preset.SEED.build(TrainingOptions.of(Loss.MSE, 1));
    new LocalTrainer(BATCH, 1, 1).train(network, pairs);
    Files.createDirectories(dir);
    network.save(dir.resolve("model.zip"));
    return dir;
  }

  /** An images table of {@code count} smooth gray images at {@code uri}; returns its URI. */
  public static String images(SparkSession spark, String uri, int count) throws IOException {
    return ImagesTables.write(
        spark,
        uri,
        ImagesTables.rows(
            count,
            i -> SyntheticImages.smoothGray("smooth", ImagesTables.SIZE, ImagesTables.SIZE, i)),
        2);
  }

  /**
   * An images table at {@code uri} of {@code count} rendered 640 x 480 pages at 150 dpi (white
   * paper, as TesseractOcrTest reads them), each with the text drawn on it, except the last, which
   * has no text; returns its URI.
   */
  public static String pages(SparkSession spark, String uri, int count) throws IOException {
    DocumentPages pages = new DocumentPages(PAGE_SEED, 150, 640, 480, PageTones.WHITE);
    return ImagesTables.write(
        spark,
        uri,
        ImagesTables.rows(
            count,
            i -> pages.renderWithText(i).image(),
            i -> i == count - 1 ? null : pages.renderWithText(i).text()),
        2);
  }

  /** The pairs of {@code images} with {@link #NOISE} and {@link #SEED}; returns its URI. */
  public static String pairs(SparkSession spark, String images, String uri) throws IOException {
    PairsConfig config =
        PairsConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    "pairs.images=" + images,
                    "pairs.output=" + uri,
                    "pairs.noise=" + NOISE,
                    "pairs.seed=" + SEED)));
    return PairsJob.run(spark, config).output();
  }
}
