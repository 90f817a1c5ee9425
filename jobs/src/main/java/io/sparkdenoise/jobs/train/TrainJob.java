/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.apache.spark.sql.functions.col;

import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.core.model.ModelFiles;
import io.sparkdenoise.core.nativesetup.NativeBackend;
import io.sparkdenoise.core.nativesetup.NativeSetup;
import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.cli.Console;
import io.sparkdenoise.jobs.cli.SparkDenoise;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import io.sparkdenoise.jobs.spark.TableSchemas;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * The train job: trains {@link TrainConfig#preset()} on the train split of a pairs table, noisy in
 * and clean out, with the configured {@link Engine}, scoring the validation split after every epoch
 * (its pairs, at most {@link TrainConfig#validationMaxImages()} of them, are collected to the
 * driver and scored there: validation sets are small next to training sets). Commits, atomically as
 * one directory: {@value #MODEL_FILE} (core's {@link ModelFiles} format), the {@value #HISTORY_DIR}
 * table (data-schemas/history.json, one row per epoch) and {@code _provenance.json}.
 */
public final class TrainJob {
  /** The job's name: launcher command and provenance. */
  public static final String JOB = "train";

  /** The model file in the output directory. */
  public static final String MODEL_FILE = "model.zip";

  /** The history table's directory in the output directory. */
  public static final String HISTORY_DIR = "history";

  /** The history table's schema name in data-schemas. */
  public static final String HISTORY_SCHEMA = "history";

  /** Config key recording the history table's schema version in the provenance. */
  public static final String SCHEMA_VERSION = "train.schema-version";

  /** The history schema version. */
  public static final int SCHEMA_VERSION_VALUE = 1;

  /** Config key recording the pairs table's provenance hash, when it has one. */
  public static final String INPUT_PROVENANCE_HASH = "train.pairs-provenance-hash";

  static final double NANOS_PER_SECOND = 1e9;

  private static final List<String> USED = List.of("id", "split", "width", "height");
  private static final List<String> DECODED = List.of("id", "clean_png", "noisy_png");
  private static final String SUCCESS_FILE = "_SUCCESS";

  private TrainJob() {}

  /** {@code spark-submit --class ...TrainJob <jar> <arguments of spark-denoise train>}. */
  @SuppressWarnings("checkstyle:RegexpSinglelineJava")
  public static void main(String[] args) {
    String[] all = new String[args.length + 1];
    all[0] = JOB;
    System.arraycopy(args, 0, all, 1, args.length);
    System.exit(SparkDenoise.run(all, Console.system()));
  }

  /**
   * Trains and commits the output.
   *
   * @throws NoSuchFileException when the pairs table does not exist
   * @throws IOException when it is not a pairs table, or the commit fails
   * @throws IllegalArgumentException when the train split is empty, its images differ in size or
   *     their size is not a multiple of the preset's pooling factor
   */
  public static TrainResult run(SparkSession spark, TrainConfig config) throws IOException {
    long start = System.nanoTime();
    NativeBackend backend = NativeSetup.ensureReady();
    Dataset<Row> pairs = readPairs(spark, config.pairs());
    Dataset<Row> train = pairs.filter(col("split").equalTo(Split.TRAIN.label()));
    Dataset<Row> validationRows =
        pairs.filter(col("split").equalTo(config.validationSplit().label()));
    if (train.isEmpty()) {
      throw new IllegalArgumentException(
          "the pairs table " + config.pairs() + " has no pairs in split " + Split.TRAIN.label());
    }
    int pixels = requireOneShape(train.union(validationRows), config.preset().sizeMultiple());
    Validation validation = new Validation(collect(validationRows, config.validationMaxImages()));
    ComputationGraph network = config.preset().build(config.training());
    Dataset<Row> decoded = train.select(columns(DECODED));
    Trained trained =
        config.engine() == Engine.SPARK
            ? SparkEngine.train(decoded, network, config, validation, pixels)
            : LocalEngine.train(decoded, network, config, validation);
    Path target =
        AtomicCommit.table(spark, config.output(), JOB)
            .write(
                staging -> writeOutput(spark, staging, trained, config.engine()),
                provenance(spark, config, backend));
    double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
    return new TrainResult(
        config.engine(),
        trained.epochs(),
        trained.examples(),
        validation.size(),
        seconds,
        target.toString());
  }

  private static Dataset<Row> readPairs(SparkSession spark, String uri) throws IOException {
    Path path = new Path(uri);
    if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
      throw new NoSuchFileException(uri);
    }
    Dataset<Row> table = spark.read().parquet(uri);
    List<String> names = Arrays.asList(table.schema().fieldNames());
    List<String> missing = new ArrayList<>();
    for (String column : union(USED, DECODED)) {
      if (!names.contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw new IOException(
          uri + " is not a pairs table (data-schemas/pairs.json): no column " + missing);
    }
    return table;
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    for (String s : b) {
      if (!all.contains(s)) {
        all.add(s);
      }
    }
    return all;
  }

  /**
   * Pixels of the one image shape of {@code rows} (not empty), checked against the pooling factor.
   */
  private static int requireOneShape(Dataset<Row> rows, int multiple) {
    List<Row> shapes = rows.select("height", "width").distinct().limit(2).collectAsList();
    if (shapes.size() > 1) {
      throw new IllegalArgumentException(
          "training needs one image size, the train and validation pairs have several, e.g. "
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
              + ", the pairs are "
              + height
              + "x"
              + width);
    }
    return height * width;
  }

  private static List<ImagePair> collect(Dataset<Row> rows, int max) {
    List<ImagePair> pairs = new ArrayList<>();
    for (Row row : rows.select(columns(DECODED)).limit(max).collectAsList()) {
      pairs.addAll(ExampleDecoder.pairs(row));
    }
    return pairs;
  }

  private static void writeOutput(
      SparkSession spark, String staging, Trained trained, Engine engine) throws IOException {
    Path dir = new Path(staging);
    FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
    historyTable(spark, trained, engine)
        .coalesce(1)
        .write()
        .parquet(new Path(dir, HISTORY_DIR).toString());
    java.nio.file.Path local = Files.createTempFile("model-", ".zip");
    try {
      ModelFiles.save(trained.network(), local);
      fs.copyFromLocalFile(false, true, new Path(local.toUri()), new Path(dir, MODEL_FILE));
    } finally {
      Files.deleteIfExists(local);
    }
    fs.create(new Path(dir, SUCCESS_FILE), false).close();
  }

  private static Dataset<Row> historyTable(SparkSession spark, Trained trained, Engine engine) {
    List<Row> rows = new ArrayList<>();
    for (EpochMetrics e : trained.epochs()) {
      rows.add(
          RowFactory.create(
              e.epoch(),
              engine.id(),
              trained.examples(),
              e.trainLoss(),
              orNull(e.validationLoss()),
              orNull(e.validationPsnr()),
              orNull(e.validationSsim()),
              e.imagesPerSecond(),
              e.seconds(),
              e.learningRate()));
    }
    Dataset<Row> table = spark.createDataFrame(rows, TableSchemas.load(HISTORY_SCHEMA));
    SchemaCheck.requireMatches(
        HISTORY_SCHEMA,
        TableSchemas.load(HISTORY_SCHEMA),
        table.schema(),
        SchemaCheck.Nullability.STRICT);
    return table;
  }

  private static Double orNull(double value) {
    return Double.isNaN(value) ? null : value;
  }

  private static Provenance provenance(
      SparkSession spark, TrainConfig config, NativeBackend backend) throws IOException {
    SortedMap<String, String> recorded = new TreeMap<>(config.resolved());
    recorded.put(SCHEMA_VERSION, Integer.toString(SCHEMA_VERSION_VALUE));
    inputProvenanceHash(spark, config.pairs())
        .ifPresent(hash -> recorded.put(INPUT_PROVENANCE_HASH, hash));
    return Provenance.capture(
        JOB,
        recorded,
        Map.of(TrainConfig.SEED, config.training().seed()),
        List.of(ProvenanceFiles.describe(spark, config.pairs())),
        LibraryVersions.of(spark.version(), backend),
        Clock.systemUTC());
  }

  /** The pairs table's provenance hash; empty for a table written without one. */
  private static Optional<String> inputProvenanceHash(SparkSession spark, String uri)
      throws IOException {
    try {
      return Optional.of(ProvenanceFiles.read(spark, uri).hash());
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(c -> col(c)).toArray(Column[]::new);
  }
}
