/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.contracts.SplitRows;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The configuration of the {@code pairs} job, read from the {@code pairs} and {@code spark} blocks.
 * Layers, lowest first: {@code reference.conf}, the {@code --config} file, {@code --conf
 * key=value}, the command's flags. Immutable; it stays on the driver (executors get {@link
 * #noise()} only).
 *
 * @param spark how the session is set up
 * @param images URI of the images table to read ({@value #IMAGES})
 * @param output URI of the pairs table to write ({@value #OUTPUT})
 * @param noise the parsed noise spec ({@value #NOISE}) and the seed ({@value #SEED})
 * @param splits the splits whose images get pairs ({@value #SPLITS})
 * @param partitions partitions to spread the images over before adding noise, 0 to keep the input's
 *     ({@value #PARTITIONS})
 * @param resolved every resolved setting by dotted key, recorded in the output's provenance
 */
public record PairsConfig(
    SparkOptions spark,
    String images,
    String output,
    PairNoise noise,
    Set<Split> splits,
    int partitions,
    SortedMap<String, String> resolved) {
  /** Key of the images table URI; required. */
  public static final String IMAGES = "pairs.images";

  /** Key of the pairs table URI; required. */
  public static final String OUTPUT = "pairs.output";

  /** Key of the noise spec (grammar in {@link NoiseSpec}); required. */
  public static final String NOISE = "pairs.noise";

  /** Key of the noise seed. */
  public static final String SEED = "pairs.seed";

  /** Key of the comma-separated splits to include. */
  public static final String SPLITS = "pairs.splits";

  /** Key of the partition count; 0 keeps the input's partitioning. */
  public static final String PARTITIONS = "pairs.partitions";

  /** Validates the fields and copies the collections. */
  public PairsConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(noise, "noise");
    ConfigReader.requireNonBlank(IMAGES, images);
    ConfigReader.requireNonBlank(OUTPUT, output);
    if (images.equals(output)) {
      throw new IllegalArgumentException(
          OUTPUT + " must differ from " + IMAGES + ", both are '" + images + "'");
    }
    ConfigReader.requireAtLeast(PARTITIONS, partitions, 0);
    splits = SplitRows.requireSome(SPLITS, splits);
    resolved = Collections.unmodifiableSortedMap(new TreeMap<>(resolved));
  }

  /**
   * The configuration in {@code config}.
   *
   * @throws IllegalArgumentException naming the key and the bad value, e.g. for a noise spec that
   *     does not parse
   */
  public static PairsConfig from(ConfigReader config) {
    return new PairsConfig(
        SparkOptions.from(config),
        config.string(IMAGES),
        config.string(OUTPUT),
        new PairNoise(config.parsed(NOISE, NoiseSpec::parse), config.longInteger(SEED)),
        config.parsed(SPLITS, Split::listOf),
        config.integer(PARTITIONS),
        config.flatten());
  }
}
