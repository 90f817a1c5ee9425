/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.jobs.contracts.Table;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What a score run reads: a pairs table ({@code data-schemas/pairs.json}), or an images table
 * ({@code data-schemas/images.json}) with the noise to add on the executors, exactly as the pairs
 * job adds it. Immutable; stays on the driver.
 *
 * @param uri the table's URI
 * @param noise empty for a pairs table; the spec and seed for an images table
 */
public record ScoreInput(String uri, Optional<PairNoise> noise) {
  /** The pairs-table columns the job reads. */
  static final List<String> PAIRS_COLUMNS =
      List.of("id", "split", "clean_png", "noisy_png", "noise_model", "noise_params");

  /** The images-table columns the job reads. */
  static final List<String> IMAGES_COLUMNS = List.of("id", "split", "png");

  /**
   * The ground-truth text column of both tables, read after the others: tables written before
   * images and pairs version 2 lack it, and their rows have no text.
   */
  static final String TEXT = "text";

  /** Checks the fields are present. */
  public ScoreInput {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(noise, "noise");
  }

  /** A pairs table. */
  public static ScoreInput pairs(String uri) {
    return new ScoreInput(uri, Optional.empty());
  }

  /** An images table and the noise to add to it. */
  public static ScoreInput images(String uri, PairNoise noise) {
    return new ScoreInput(uri, Optional.of(noise));
  }

  /** Whether this is an images table that gets noise on the fly. */
  public boolean isImages() {
    return noise.isPresent();
  }

  /** {@code pairs} or {@code images}, in provenance and the default run id. */
  public String kind() {
    return table().tableName();
  }

  private Table table() {
    return isImages() ? Table.IMAGES : Table.PAIRS;
  }

  /**
   * The columns the job uses of the input table, the text last (null where the table has none).
   *
   * @throws NoSuchFileException when the table does not exist
   * @throws IOException when a used column is missing or has another type
   */
  Dataset<Row> read(SparkSession spark) throws IOException {
    return table()
        .readColumns(spark, uri, isImages() ? IMAGES_COLUMNS : PAIRS_COLUMNS, List.of(TEXT));
  }
}
