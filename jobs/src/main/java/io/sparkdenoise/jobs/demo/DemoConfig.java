/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.demo;

import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The demo's settings, from the {@code demo} block (layers: {@code reference.conf}, {@code
 * --config}, {@code --conf}, flags). The demo runs on one machine: its output is a local directory.
 *
 * @param spark session settings
 * @param output local directory for the data, tables, model and metrics
 * @param data IDX files to use instead of rendered glyphs
 * @param images how many glyph images to render when no data is given
 * @param epochs training epochs
 * @param noise noise spec for the pairs
 * @param pageNoise the damage of the page the built-in document model cleans after the MNIST run
 * @param seed seed of the glyphs, the noise and the training
 * @param resolved the resolved configuration, for provenance
 */
public record DemoConfig(
    SparkOptions spark,
    Path output,
    Optional<Path> data,
    int images,
    int epochs,
    String noise,
    String pageNoise,
    long seed,
    SortedMap<String, String> resolved) {
  /** Output directory. */
  public static final String OUTPUT = "demo.output";

  /** IDX directory (optional). */
  public static final String DATA = "demo.data";

  /** Glyph images to render. */
  public static final String IMAGES = "demo.images";

  /** Training epochs. */
  public static final String EPOCHS = "demo.epochs";

  /** Noise spec. */
  public static final String NOISE = "demo.noise";

  /** The damaged page's noise spec. */
  public static final String PAGE_NOISE = "demo.page-noise";

  /** Seed. */
  public static final String SEED = "demo.seed";

  private static final int MIN_IMAGES = 20;
  private static final int MAX_IMAGES = 1_000_000;
  private static final int MAX_EPOCHS = 1_000;

  /** Reads and checks the {@code demo} block. */
  public static DemoConfig from(ConfigReader config) {
    return new DemoConfig(
        SparkOptions.from(config),
        Path.of(config.string(OUTPUT)),
        config.optionalString(DATA).map(Path::of),
        config.integerIn(IMAGES, MIN_IMAGES, MAX_IMAGES),
        config.integerIn(EPOCHS, 1, MAX_EPOCHS),
        config.string(NOISE),
        config.nonBlankString(PAGE_NOISE),
        config.longInteger(SEED),
        config.flatten());
  }
}
