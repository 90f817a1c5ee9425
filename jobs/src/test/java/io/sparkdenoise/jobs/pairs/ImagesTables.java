/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.plan.ImageIds;
import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.core.provenance.Platform;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.TableSchemas;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Tiny images tables (data-schemas/images.json) for the jobs that read them, standing in for the
 * ingest job's output: 8-bit PNG cells, ids from {@link ImageIds#forPage}, splits in turn train,
 * validation, test, and a {@code _provenance.json} written by {@link AtomicCommit}.
 */
public final class ImagesTables {
  /** The images of the tables: 16 x 16 pixels. */
  public static final int SIZE = 16;

  /** Gray level of {@link #flatGray}: 128/255, which an 8-bit PNG stores exactly. */
  public static final float GRAY = 128 / 255f;

  private ImagesTables() {}

  /** The id of the {@code index}-th image of a test table. */
  public static String id(int index) {
    return ImageIds.forPage("file:/test/image-" + index + ".png", 0);
  }

  /** The split of the {@code index}-th row: train, validation, test, train, ... */
  public static Split split(int index) {
    return Split.values()[index % Split.values().length];
  }

  /** A flat gray image of level {@link #GRAY}. */
  public static Image flatGray() {
    float[] samples = new float[SIZE * SIZE];
    Arrays.fill(samples, GRAY);
    return Image.of("flat", SIZE, SIZE, Image.GRAY, samples);
  }

  /** Rows for {@code count} images {@code image.apply(index)}, each with id {@link #id}. */
  public static List<Row> rows(int count, IntFunction<Image> image) {
    return rows(count, image, i -> null);
  }

  /**
   * Rows for {@code count} images {@code image.apply(index)} with the ground-truth text {@code
   * text.apply(index)} (null for none), each with id {@link #id}.
   */
  public static List<Row> rows(int count, IntFunction<Image> image, IntFunction<String> text) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Image pixels = image.apply(i).withId(id(i));
      rows.add(row(i, ImageCodec.encode(pixels, EncodeOptions.png()), pixels, text.apply(i)));
    }
    return rows;
  }

  /**
   * The row of image {@code index}, without text, whose cell holds {@code png} (which may be
   * damaged) and whose shape columns describe {@code shape}.
   */
  public static Row row(int index, byte[] png, Image shape) {
    return row(index, png, shape, null);
  }

  private static Row row(int index, byte[] png, Image shape, String text) {
    return RowFactory.create(
        shape.id(),
        "file:/test/image-" + index + ".png",
        0,
        null,
        null,
        null,
        shape.width(),
        shape.height(),
        shape.channels(),
        8,
        "png",
        sha256(png),
        null,
        png,
        index % 10,
        split(index).label(),
        text);
  }

  /**
   * Commits {@code rows} as an images table at {@code uri} in {@code files} Parquet files.
   *
   * @return the committed table's URI
   */
  public static String write(SparkSession spark, String uri, List<Row> rows, int files)
      throws IOException {
    var table = spark.createDataFrame(rows, TableSchemas.load("images")).repartition(files);
    return AtomicCommit.table(spark, uri, "ingest")
        .writeParquet(table, provenance(spark))
        .toString();
  }

  /**
   * Commits {@code rows} as an images table of schema version 1, as builds before the text column
   * wrote it, at {@code uri} in one Parquet file.
   *
   * @return the committed table's URI
   */
  public static String writeVersion1(SparkSession spark, String uri, List<Row> rows)
      throws IOException {
    var table =
        spark.createDataFrame(rows, TableSchemas.load("images")).drop("text").repartition(1);
    return AtomicCommit.table(spark, uri, "ingest")
        .writeParquet(table, provenance(spark))
        .toString();
  }

  private static Provenance provenance(SparkSession spark) {
    return new Provenance(
        "0123abcd",
        "ingest",
        new TreeMap<>(Map.of("ingest.input", "file:/test")),
        new TreeMap<>(),
        List.of(),
        Platform.current(),
        new TreeMap<>(Map.of("spark", spark.version())),
        Instant.parse("2026-01-01T00:00:00Z"));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
