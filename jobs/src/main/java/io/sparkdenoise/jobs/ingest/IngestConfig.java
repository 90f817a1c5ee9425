/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.ingest.PageIngester;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.config.PageSettings;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.executor.ImageFileListing;
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
 * @param overwrite whether to write into an output directory that holds what ingest did not write
 *     there ({@value #OVERWRITE})
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
    boolean overwrite,
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

  /**
   * Whether to write into an existing output directory that holds anything besides ingest's own
   * tables, replacing those tables with everything in them.
   */
  public static final String OVERWRITE = "ingest.overwrite";

  /** Input format. */
  public static final String FORMAT = "ingest.format";

  /** Most pixels of one page. */
  public static final String MAX_PIXELS = "ingest.max-pixels";

  /** Most pages of one file. */
  public static final String MAX_PAGES = "ingest.max-pages";

  /** Largest file read, in bytes. */
  public static final String MAX_FILE_BYTES = "ingest.max-file-bytes";

  /** Fraction of pages for training. */
  public static final String SPLIT_TRAIN = "ingest.split.train";

  /** Fraction of pages for validation. */
  public static final String SPLIT_VALIDATION = "ingest.split.validation";

  /** Fraction of pages for testing. */
  public static final String SPLIT_TEST = "ingest.split.test";

  /** Tile side in pixels; 0 turns tiling off. */
  public static final String TILE_SIZE = "ingest.tile.size";

  /** Step between tiles in pixels; 0 means the tile size (no overlap). */
  public static final String TILE_STRIDE = "ingest.tile.stride";

  /** Records one task reads from an uncompressed IDX or CIFAR file. */
  public static final String RECORDS_PER_TASK = "ingest.records-per-task";

  /** The record version of the images and rejects tables this job writes. */
  public static final String SCHEMA_VERSION = "ingest.schema-version";

  /** Checks every field. */
  public IngestConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(ingester, "ingester");
    Objects.requireNonNull(parquet, "parquet");
    ConfigReader.requireNonBlank(INPUT, input);
    ConfigReader.requireNonBlank(OUTPUT, output);
    ConfigReader.requireIn(
        MAX_FILE_BYTES, (double) maxFileBytes, 1, ImageFileListing.MAX_FILE_BYTES);
    ConfigReader.requireAtLeast(RECORDS_PER_TASK, recordsPerTask, 1);
    resolved = new TreeMap<>(resolved);
  }

  /** The ingest configuration in {@code config}. */
  public static IngestConfig from(ConfigReader config) {
    DecodeLimits limits = PageSettings.limits(config, "ingest");
    PageIngester ingester =
        new PageIngester(
            PageSettings.splits(config, "ingest"),
            PageSettings.tileSize(config, "ingest"),
            PageSettings.tileStride(config, "ingest"),
            limits.maxPixelsPerPage(),
            limits.maxPages());
    SortedMap<String, String> resolved = config.flatten();
    resolved.put(SCHEMA_VERSION, Integer.toString(Table.IMAGES.schemaVersion()));
    return new IngestConfig(
        SparkOptions.from(config),
        config.string(INPUT),
        config.string(OUTPUT),
        config.bool(OVERWRITE),
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

    /** Optional id column; unset by default. */
    public static final String ID = "ingest.parquet.id-column";

    /** Optional label column; unset by default. */
    public static final String LABEL = "ingest.parquet.label-column";

    /** Checks the names are not blank. */
    public ParquetColumns {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      ConfigReader.requireNonBlank(IMAGE, image);
    }

    static ParquetColumns from(ConfigReader config) {
      return new ParquetColumns(
          config.string(IMAGE),
          config.optionalString(ID).filter(s -> !s.isBlank()),
          config.optionalString(LABEL).filter(s -> !s.isBlank()));
    }
  }
}
