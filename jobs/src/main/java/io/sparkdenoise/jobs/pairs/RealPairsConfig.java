/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import io.sparkdenoise.core.ingest.PairIngester;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.config.PageSettings;
import io.sparkdenoise.jobs.executor.ImageFileListing;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The configuration of the {@code pairs} job when its pairs are real: an archive's own noisy scans
 * ({@value #NOISY}) and their clean counterparts ({@value #CLEAN}), matched by relative path. Read
 * from the {@code pairs} and {@code spark} blocks, layered as every job's configuration is.
 *
 * @param spark how the session is set up
 * @param noisy the noisy files: a directory (recursively), a glob or a file, on any Hadoop file
 *     system
 * @param clean the clean files, laid out as the noisy ones
 * @param output URI of the pairs table to write ({@value #OUTPUT_KEY}); rejects go to its {@value
 *     #REJECTS} directory
 * @param ingester the splits, the tiling ({@value #TILE_SIZE}, {@value #TILE_STRIDE}) and the
 *     decode limits
 * @param maxFileBytes larger files are rejected unread ({@value #MAX_FILE_BYTES})
 * @param resolved every resolved setting by dotted key, recorded in the output's provenance
 */
public record RealPairsConfig(
    SparkOptions spark,
    String noisy,
    String clean,
    String output,
    PairIngester ingester,
    long maxFileBytes,
    SortedMap<String, String> resolved) {
  /** Key of the noisy files; setting it makes the pairs real. */
  public static final String NOISY = "pairs.noisy";

  /** Key of the clean files; required with {@value #NOISY}. */
  public static final String CLEAN = "pairs.clean";

  private static final String BLOCK = "pairs";

  /** Key of the pairs table URI. */
  static final String OUTPUT_KEY = PairsConfig.OUTPUT;

  /** The directory inside the pairs table holding the rejects table (Parquet readers skip it). */
  public static final String REJECTS = "_rejects";

  /** Key of the tile side in pixels, 0 for whole pages. */
  public static final String TILE_SIZE = "pairs.tile.size";

  /** Key of the step between tiles; 0 is the tile size. */
  public static final String TILE_STRIDE = "pairs.tile.stride";

  /** Key of the largest file read, in bytes. */
  public static final String MAX_FILE_BYTES = "pairs.max-file-bytes";

  /** Checks every field. */
  public RealPairsConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(ingester, "ingester");
    ConfigReader.requireNonBlank(NOISY, noisy);
    ConfigReader.requireNonBlank(CLEAN, clean);
    ConfigReader.requireNonBlank(OUTPUT_KEY, output);
    ConfigReader.requireIn(
        MAX_FILE_BYTES, (double) maxFileBytes, 1, ImageFileListing.MAX_FILE_BYTES);
    resolved = Collections.unmodifiableSortedMap(new TreeMap<>(resolved));
  }

  /** Whether {@code config} asks for real pairs (it sets {@value #NOISY} or {@value #CLEAN}). */
  public static boolean isReal(ConfigReader config) {
    return config.has(NOISY) || config.has(CLEAN);
  }

  /**
   * The configuration in {@code config}.
   *
   * @throws IllegalArgumentException naming the key and the bad value, or an images table or noise
   *     spec given as well (real pairs take neither)
   */
  public static RealPairsConfig from(ConfigReader config) {
    for (String synthetic : new String[] {PairsConfig.IMAGES, PairsConfig.NOISE}) {
      if (config.has(synthetic)) {
        throw new IllegalArgumentException(
            synthetic
                + " cannot be combined with "
                + NOISY
                + " and "
                + CLEAN
                + ": real pairs come from the two folders, synthetic ones from an images table");
      }
    }
    return new RealPairsConfig(
        SparkOptions.from(config),
        config.nonBlankString(NOISY),
        config.nonBlankString(CLEAN),
        config.nonBlankString(OUTPUT_KEY),
        new PairIngester(
            PageSettings.splits(config, BLOCK),
            PageSettings.tileSize(config, BLOCK),
            PageSettings.tileStride(config, BLOCK),
            PageSettings.limits(config, BLOCK)),
        config.longInteger(MAX_FILE_BYTES),
        config.flatten());
  }
}
