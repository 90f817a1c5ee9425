/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.executor.PairRows;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The train job's reads: the input table checked for the columns it uses, the one image shape, the
 * validation pairs (from an images table made on the executors by the pairs job's own {@link
 * PairRows}, so they are exactly the pairs that job stores for the spec and seed) and the train
 * rows the engines turn into examples.
 */
final class TrainTables {
  private static final List<String> SHAPE = List.of("id", "split", "width", "height", "channels");
  private static final List<String> PAIR_COLUMNS = List.of("id", "clean_png", "noisy_png");
  private static final List<String> IMAGE_COLUMNS = List.of("id", "png");
  private static final List<String> PAIR_ROWS_READ = List.of("id", "split", "label", "png");

  private TrainTables() {}

  /**
   * The input table.
   *
   * @throws NoSuchFileException when it does not exist
   * @throws IOException when it lacks a column the job uses
   */
  static Dataset<Row> read(SparkSession spark, TrainInput input) throws IOException {
    Dataset<Row> all = null;
    for (String uri : input.tables()) {
      Dataset<Row> table = readOne(spark, input, uri);
      all = all == null ? table : all.unionByName(table, true);
    }
    return all;
  }

  private static Dataset<Row> readOne(SparkSession spark, TrainInput input, String uri)
      throws IOException {
    Path path = new Path(uri);
    if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
      throw new NoSuchFileException(uri);
    }
    Dataset<Row> table = spark.read().parquet(uri);
    List<String> names = Arrays.asList(table.schema().fieldNames());
    List<String> missing = new ArrayList<>();
    List<String> used = new ArrayList<>(SHAPE);
    used.addAll(input.isImages() ? List.of("label", "png") : PAIR_COLUMNS.subList(1, 3));
    for (String column : used) {
      if (!names.contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw new IOException(
          uri
              + " is not a "
              + input.kind()
              + " table (data-schemas/"
              + input.kind()
              + ".json): no column "
              + missing);
    }
    return table;
  }

  /**
   * The one image shape of {@code rows} (not empty), {height, width}, checked against the pooling
   * factor.
   */
  static int[] requireOneShape(Dataset<Row> rows, int multiple) {
    List<Row> shapes = rows.select("height", "width").distinct().limit(2).collectAsList();
    if (shapes.size() > 1) {
      throw new IllegalArgumentException(
          "training needs one image size, the train and validation images have several, e.g. "
              + shapes.get(0)
              + " and "
              + shapes.get(1)
              + " (height, width)");
    }
    int height = shapes.get(0).getInt(0);
    int width = shapes.get(0).getInt(1);
    if (height % multiple != 0 || width % multiple != 0) {
      throw new IllegalArgumentException(
          "the preset needs height and width multiples of "
              + multiple
              + ", the images are "
              + height
              + "x"
              + width);
    }
    return new int[] {height, width};
  }

  /**
   * The channels {@code auto} decides for the train rows: 3 when every one is colour, else 1 (a
   * colour image then trains as three gray planes).
   */
  static int channels(Dataset<Row> train) {
    Row least = train.agg(min(col("channels"))).first();
    return !least.isNullAt(0) && least.getInt(0) == Image.RGB ? Image.RGB : Image.GRAY;
  }

  /**
   * At most {@code max} validation pairs, decoded on the driver, shaped for a network of {@code
   * channels} channels ({@link ImagePair#forNetwork}).
   */
  static List<ImagePair> validationPairs(
      Dataset<Row> rows, TrainInput input, int max, int channels) {
    Dataset<Row> pairs = rows.limit(max);
    if (input.isImages()) {
      pairs =
          pairs
              .select(columns(PAIR_ROWS_READ))
              .flatMap(new PairRows(input.noise().get()), Encoders.row(Table.PAIRS.schema()));
    }
    List<ImagePair> decoded = new ArrayList<>();
    for (Row row : pairs.select(columns(PAIR_COLUMNS)).collectAsList()) {
      decoded.addAll(ExampleDecoder.pairs(row, channels));
    }
    return decoded;
  }

  /** The train split's columns that {@link ExampleSource} reads. */
  static Dataset<Row> trainRows(Dataset<Row> train, TrainInput input) {
    return train.select(columns(input.isImages() ? IMAGE_COLUMNS : PAIR_COLUMNS));
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(c -> col(c)).toArray(Column[]::new);
  }
}
