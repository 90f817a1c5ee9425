/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.ingest.PageIngester;
import io.sparkdenoise.core.plan.SplitPlanner;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The configuration of the {@code ingest} job, read from the {@code ingest} block. Layers, lowest
 * first: {@code reference.conf}, the {@code --config} file, {@code --conf key=value}, the command's
 * flags. Stays on the driver; executors get the {@link PageIngester} it builds.
 *
 * @param spark how to make the session
 * @param input path, glob or URI of the input
 * @param output directory that receives {@code images} and {@code rejects}
 * @param format what the input is
 * @param ingester decode limits, split fractions and tiling, as executors run them
 * @param maxFileBytes larger files are rejected as too_large without being read
 * @param recordsPerTask IDX/CIFAR records one task reads from an uncompressed file
 * @param parquet the column names of a Parquet input
 * @param resolved every resolved setting by dotted key, for provenance
 */
public record IngestConfig(
    SparkOptions spark,
    String input,
    String output,
    InputFormat format,
    PageIngester ingester,
    long maxFileBytes,
    int recordsPerTask,
    ParquetColumns parquet,
    SortedMap<String, String> resolved) {
  /** Input path, glob or URI; required. */
  public static final String INPUT = "ingest.input";

  /** Output directory; required. */
  public static final String OUTPUT = "ingest.output";

  /** Input format. */
  public static final String FORMAT = "ingest.format";

  /** Default input format. */
  public static final String FORMAT_DEFAULT = "auto";

  /** Most pixels of one page. */
  public static final String MAX_PIXELS = "ingest.max-pixels";

  /** Default most pixels of one page: 2^26. */
  public static final long MAX_PIXELS_DEFAULT = DecodeLimits.DEFAULT_MAX_PIXELS_PER_PAGE;

  /** Most pages of one file. */
  public static final String MAX_PAGES = "ingest.max-pages";

  /** Default most pages of one file. */
  public static final int MAX_PAGES_DEFAULT = DecodeLimits.DEFAULT_MAX_PAGES;

  /** Largest file read, in bytes. */
  public static final String MAX_FILE_BYTES = "ingest.max-file-bytes";

  /** Default largest file: the largest Java byte array. */
  public static final long MAX_FILE_BYTES_DEFAULT = Integer.MAX_VALUE - 8L;

  /** Fraction of pages for training. */
  public static final String SPLIT_TRAIN = "ingest.split.train";

  /** Default training fraction. */
  public static final double SPLIT_TRAIN_DEFAULT = 0.8;

  /** Fraction of pages for validation. */
  public static final String SPLIT_VALIDATION = "ingest.split.validation";

  /** Default validation fraction. */
  public static final double SPLIT_VALIDATION_DEFAULT = 0.1;

  /** Fraction of pages for testing. */
  public static final String SPLIT_TEST = "ingest.split.test";

  /** Default test fraction. */
  public static final double SPLIT_TEST_DEFAULT = 0.1;

  /** Tile side in pixels; 0 turns tiling off. */
  public static final String TILE_SIZE = "ingest.tile.size";

  /** Default tile side: 0, no tiling. */
  public static final int TILE_SIZE_DEFAULT = 0;

  /** Step between tiles in pixels; 0 means the tile size (no overlap). */
  public static final String TILE_STRIDE = "ingest.tile.stride";

  /** Default stride: 0, the tile size. */
  public static final int TILE_STRIDE_DEFAULT = 0;

  /** Records one task reads from an uncompressed IDX or CIFAR file. */
  public static final String RECORDS_PER_TASK = "ingest.records-per-task";

  /** Default records per task. */
  public static final int RECORDS_PER_TASK_DEFAULT = 10_000;

  /** The record version of the images and rejects tables this job writes. */
  public static final String SCHEMA_VERSION = "ingest.schema-version";

  /** Checks every field. */
  public IngestConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(ingester, "ingester");
    Objects.requireNonNull(parquet, "parquet");
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException(INPUT + " must not be blank, got '" + input + "'");
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException(OUTPUT + " must not be blank, got '" + output + "'");
    }
    if (maxFileBytes < 1 || maxFileBytes > MAX_FILE_BYTES_DEFAULT) {
      throw new IllegalArgumentException(
          MAX_FILE_BYTES + " must be in [1," + MAX_FILE_BYTES_DEFAULT + "], got " + maxFileBytes);
    }
    if (recordsPerTask < 1) {
      throw new IllegalArgumentException(
          RECORDS_PER_TASK + " must be at least 1, got " + recordsPerTask);
    }
    resolved = new TreeMap<>(resolved);
  }

  /** The ingest configuration in {@code config}. */
  public static IngestConfig from(ConfigReader config) {
    SplitPlanner splits =
        new SplitPlanner(
            config.numberIn(SPLIT_TRAIN, 0, 1),
            config.numberIn(SPLIT_VALIDATION, 0, 1),
            config.numberIn(SPLIT_TEST, 0, 1));
    int tileSize = config.integerIn(TILE_SIZE, 0, Integer.MAX_VALUE);
    int stride = config.integerIn(TILE_STRIDE, 0, Integer.MAX_VALUE);
    long maxPixels = config.longInteger(MAX_PIXELS);
    if (maxPixels < 1) {
      throw new IllegalArgumentException(MAX_PIXELS + " must be at least 1, got " + maxPixels);
    }
    PageIngester ingester =
        new PageIngester(
            splits,
            tileSize,
            stride == 0 ? tileSize : stride,
            maxPixels,
            config.integerIn(MAX_PAGES, 1, Integer.MAX_VALUE));
    SortedMap<String, String> resolved = config.flatten();
    resolved.put(SCHEMA_VERSION, Integer.toString(Table.IMAGES.schemaVersion()));
    return new IngestConfig(
        SparkOptions.from(config),
        config.string(INPUT),
        config.string(OUTPUT),
        InputFormat.fromLabel(config.string(FORMAT)),
        ingester,
        config.longInteger(MAX_FILE_BYTES),
        config.integer(RECORDS_PER_TASK),
        ParquetColumns.from(config),
        resolved);
  }

  /**
   * The columns of a Parquet input.
   *
   * @param image column of encoded image bytes (binary)
   * @param id column whose value names a row in its source URI, or empty for the row index
   * @param label column of integer class labels, or empty
   */
  public record ParquetColumns(String image, Optional<String> id, Optional<String> label) {
    /** Column of encoded images. */
    public static final String IMAGE = "ingest.parquet.image-column";

    /** Default image column. */
    public static final String IMAGE_DEFAULT = "image";

    /** Optional id column; unset by default. */
    public static final String ID = "ingest.parquet.id-column";

    /** Optional label column; unset by default. */
    public static final String LABEL = "ingest.parquet.label-column";

    /** Checks the names are not blank. */
    public ParquetColumns {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      if (image == null || image.isBlank()) {
        throw new IllegalArgumentException(IMAGE + " must not be blank, got '" + image + "'");
      }
    }

    static ParquetColumns from(ConfigReader config) {
      return new ParquetColumns(
          config.string(IMAGE),
          config.optionalString(ID).filter(s -> !s.isBlank()),
          config.optionalString(LABEL).filter(s -> !s.isBlank()));
    }
  }
}
