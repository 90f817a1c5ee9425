/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.jobs.config.ConfigReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a train run reads: a pairs table ({@value TrainConfig#PAIRS}, data-schemas/pairs.json), or
 * an images table ({@value #IMAGES}, data-schemas/images.json) with the noise to make on the
 * executors ({@value #NOISE}, {@value #NOISE_SEED}). From an images table every training epoch sees
 * fresh noise, a function of (noise seed, image id, epoch) alone (core's {@code EpochSeeds}); the
 * validation pairs get the noise the pairs job would store for the same spec and seed, the same in
 * every epoch, so that validation metrics compare across epochs and with a pairs-table run. Several
 * tables of one kind, separated by commas, train together as one ({@link #tables()}): an archive's
 * real pairs mixed with synthetic ones, or two corpora ingested with different tilings, for
 * example. Immutable; stays on the driver.
 *
 * @param uri the table's URI, or the comma-separated URIs of several tables of the same kind
 * @param noise empty for a pairs table; the spec and seed for an images table
 */
public record TrainInput(String uri, Optional<PairNoise> noise) {
  /** URI of an images table to train on instead of {@value TrainConfig#PAIRS}. */
  public static final String IMAGES = "train.images";

  /** The noise spec for {@value #IMAGES} (grammar as the pairs job's {@code pairs.noise}). */
  public static final String NOISE = "train.noise";

  /** The seed of the noise for {@value #IMAGES}. */
  public static final String NOISE_SEED = "train.noise-seed";

  /** Checks the fields are present. */
  public TrainInput {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(noise, "noise");
  }

  /** Whether this is an images table that gets noise on the fly. */
  public boolean isImages() {
    return noise.isPresent();
  }

  /**
   * The tables read: each URI of the comma-separated list (commas inside a Hadoop glob's braces do
   * not separate).
   */
  public List<String> tables() {
    List<String> tables = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= uri.length(); i++) {
      char c = i < uri.length() ? uri.charAt(i) : ',';
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (c == ',' && depth <= 0) {
        String table = uri.substring(start, i).trim();
        if (table.isEmpty()) {
          throw new IllegalArgumentException(
              "train." + kind() + " has an empty table in its list: '" + uri + "'");
        }
        tables.add(table);
        start = i + 1;
      }
    }
    return tables;
  }

  /** {@code pairs} or {@code images}: the data-schemas table name. */
  public String kind() {
    return isImages() ? "images" : "pairs";
  }

  /**
   * The input in {@code config}: exactly one of {@value TrainConfig#PAIRS} and {@value #IMAGES},
   * the latter with {@value #NOISE}.
   *
   * @throws IllegalArgumentException naming the keys when the combination is wrong
   */
  static TrainInput from(ConfigReader config) {
    boolean pairs = config.has(TrainConfig.PAIRS);
    if (pairs == config.has(IMAGES)) {
      throw new IllegalArgumentException(
          "set exactly one of "
              + TrainConfig.PAIRS
              + " and "
              + IMAGES
              + (pairs ? ", got both" : ", got none"));
    }
    if (pairs) {
      if (config.has(NOISE)) {
        throw new IllegalArgumentException(
            NOISE + " is for " + IMAGES + " only: a pairs table holds its noise");
      }
      return new TrainInput(config.nonBlankString(TrainConfig.PAIRS), Optional.empty());
    }
    if (!config.has(NOISE)) {
      throw new IllegalArgumentException(IMAGES + " needs a noise spec in " + NOISE);
    }
    return new TrainInput(
        config.nonBlankString(IMAGES),
        Optional.of(
            new PairNoise(config.parsed(NOISE, NoiseSpec::parse), config.longInteger(NOISE_SEED))));
  }
}
