/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.ingest.IngestedPair;
import io.sparkdenoise.core.ingest.PairIngester;
import io.sparkdenoise.core.ingest.PairOutcome;
import io.sparkdenoise.core.ingest.Rejection;
import io.sparkdenoise.core.ingest.TextSidecars;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.Stopwatch;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.executor.HadoopConf;
import io.sparkdenoise.jobs.executor.ImageFileListing;
import io.sparkdenoise.jobs.executor.InputBytes;
import io.sparkdenoise.jobs.executor.InputRoot;
import io.sparkdenoise.jobs.executor.ParquetInputs;
import io.sparkdenoise.jobs.executor.RejectRows;
import io.sparkdenoise.jobs.executor.SeparateTrees;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.ObjectStores;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.collection.JavaConverters;

/**
 * The {@code pairs} job on real files: an archive's noisy scans and their clean counterparts (two
 * folders, or globs, on any Hadoop file system, or the two images tables {@code ingest} made of
 * them) to an ordinary pairs table, which {@code train}, {@code score} and {@code report} take as
 * they take any other. Files are matched by their path below their input's root, pages of a
 * multi-page file by index ({@link PairIngester}, on the executors); rows of two tables by image
 * id, which ingest derives from the same path and page ({@link ImagesTablePairs}). Every pair is
 * recorded with the noise model {@value #NOISE_MODEL}.
 *
 * <p>Nothing is lost silently: a file without a counterpart, a file that does not decode and a pair
 * whose sizes or page counts differ become rows of the rejects table in the pairs table's {@value
 * RealPairsConfig#REJECTS} directory (which Parquet readers of the pairs table skip), each with a
 * reason and a message naming the file. Both tables are committed atomically, the pairs first.
 */
public final class RealPairsJob {
  /** The noise model and spec recorded on every real pair. */
  public static final String NOISE_MODEL = "real";

  private static final int FILES_PER_TASK = 16;
  private static final int IS_PAIR = 0;
  private static final int PAYLOAD = 1;

  private RealPairsJob() {}

  /**
   * Pairs the two inputs (two folders or two images tables) and commits the pairs and rejects
   * tables.
   *
   * @throws java.io.FileNotFoundException when either input matches no file
   * @throws IllegalArgumentException when one input is an images table and the other is not
   * @throws IOException when listing or a commit fails
   */
  public static RealPairsResult run(SparkSession spark, RealPairsConfig config) throws IOException {
    Stopwatch watch = Stopwatch.start();
    ObjectStores.checkTarget(spark, config.output());
    SeparateTrees.require(
        spark,
        RealPairsConfig.OUTPUT_KEY,
        config.output(),
        Map.of(RealPairsConfig.NOISY, config.noisy(), RealPairsConfig.CLEAN, config.clean()));
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    Paired paired =
        bothTables(conf, config)
            ? ImagesTablePairs.paired(spark, config)
            : filePairs(spark, conf, config);
    JavaRDD<Row> tagged = paired.tagged();
    tagged.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Provenance provenance = provenance(spark, config);
      Path target = publish(spark, tagged, true, Table.PAIRS, config.output(), provenance);
      Path rejects =
          publish(
              spark,
              tagged,
              false,
              Table.REJECTS,
              config.output() + "/" + RealPairsConfig.REJECTS,
              provenance);
      long pairs = tagged.filter(r -> r.getBoolean(IS_PAIR)).count();
      long rejected = tagged.count() - pairs;
      return new RealPairsResult(
          paired.matched(),
          pairs,
          rejected,
          watch.roundedSeconds(),
          target.toString(),
          rejects.toString());
    } finally {
      tagged.unpersist(false);
    }
  }

  /**
   * Whether the two inputs are images tables (else both are image files).
   *
   * @throws IllegalArgumentException when one is a table and the other is not
   */
  private static boolean bothTables(HadoopConf conf, RealPairsConfig config) throws IOException {
    boolean noisy = ParquetInputs.isTable(conf, config.noisy());
    boolean clean = ParquetInputs.isTable(conf, config.clean());
    if (noisy != clean) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s %s is %s but %s %s is %s: give two folders of image files or two images tables",
              RealPairsConfig.NOISY,
              config.noisy(),
              kind(noisy),
              RealPairsConfig.CLEAN,
              config.clean(),
              kind(clean)));
    }
    return noisy;
  }

  private static String kind(boolean table) {
    return table ? "an images table" : "image files";
  }

  /**
   * The pairs of two folders: files matched on the driver by relative path, paired on executors.
   */
  private static Paired filePairs(SparkSession spark, HadoopConf conf, RealPairsConfig config)
      throws IOException {
    SortedMap<String, String> noisy = byRelativePath(spark, conf, config.noisy());
    SortedMap<String, String> clean = byRelativePath(spark, conf, config.clean());
    List<Match> matches = new ArrayList<>();
    List<Row> unmatched = new ArrayList<>();
    noisy.forEach(
        (relative, uri) -> {
          if (clean.containsKey(relative)) {
            matches.add(new Match(relative, uri, clean.get(relative)));
          } else {
            unmatched.add(rejected(unmatched(uri, "no clean file " + relative, config.clean())));
          }
        });
    clean.forEach(
        (relative, uri) -> {
          if (!noisy.containsKey(relative)) {
            unmatched.add(rejected(unmatched(uri, "no noisy file " + relative, config.noisy())));
          }
        });
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HadoopConf> shared = jsc.broadcast(conf);
    PairIngester ingester = config.ingester();
    long maxBytes = config.maxFileBytes();
    int tasks =
        Math.max(
            Math.min(matches.size(), jsc.defaultParallelism()),
            (matches.size() + FILES_PER_TASK - 1) / FILES_PER_TASK);
    JavaRDD<Row> tagged =
        jsc.parallelize(matches, Math.max(1, tasks))
            .flatMap(match -> match.rows(shared.value(), ingester, maxBytes))
            .union(jsc.parallelize(unmatched, 1));
    return new Paired(tagged, matches.size());
  }

  /**
   * The input's image files by their path below its root (names as on the file system); text
   * sidecars ({@link TextSidecars}) are not inputs of their own.
   */
  private static SortedMap<String, String> byRelativePath(
      SparkSession spark, HadoopConf conf, String input) throws IOException {
    String root = InputRoot.of(conf, input);
    SortedMap<String, String> files = new TreeMap<>();
    for (String uri : TextSidecars.plan(List.of(ImageFileListing.list(spark, input))).inputs()) {
      files.put(InputRoot.relative(root, uri), uri);
    }
    return files;
  }

  private static Rejection unmatched(String uri, String what, String otherInput) {
    return new Rejection(
        uri, null, PairIngester.UNMATCHED, what + " under " + otherInput, null, null);
  }

  /** A reject row, tagged as such. */
  static Row rejected(Rejection rejection) {
    return RowFactory.create(false, RejectRows.of(rejection));
  }

  /** A pair row, tagged as such, with the clean page's ground-truth text (null when unknown). */
  static Row tagged(IngestedPair pair, String text) {
    return RowFactory.create(true, pairRow(pair, text));
  }

  /**
   * What the executors make of the two inputs: pair and reject rows, each tagged by whether it is a
   * pair ({@value #IS_PAIR}: the flag, {@value #PAYLOAD}: the row), and how many files or rows
   * matched.
   */
  record Paired(JavaRDD<Row> tagged, long matched) {}

  private static Path publish(
      SparkSession spark,
      JavaRDD<Row> tagged,
      boolean pairs,
      Table table,
      String output,
      Provenance provenance)
      throws IOException {
    StructType schema = table.schema();
    JavaRDD<Row> rows =
        tagged.filter(r -> r.getBoolean(IS_PAIR) == pairs).map(r -> r.getStruct(PAYLOAD));
    Dataset<Row> frame = spark.createDataFrame(rows, schema);
    SchemaCheck.requireMatches(
        table.tableName(), schema, frame.schema(), SchemaCheck.Nullability.STRICT);
    return AtomicCommit.table(spark, output, PairsJob.JOB).writeParquet(frame, provenance);
  }

  private static Provenance provenance(SparkSession spark, RealPairsConfig config)
      throws IOException {
    SortedMap<String, String> recorded = new TreeMap<>(config.resolved());
    recorded.put(PairsJob.SCHEMA_VERSION, Integer.toString(Table.PAIRS.schemaVersion()));
    return Provenance.capture(
        PairsJob.JOB,
        recorded,
        Map.of(),
        List.of(
            ProvenanceFiles.describe(spark, config.noisy()),
            ProvenanceFiles.describe(spark, config.clean())),
        Map.of("spark", spark.version()),
        Clock.systemUTC());
  }

  /**
   * A noisy file and its clean counterpart, as the executors pair them.
   *
   * @param relative their path below their roots
   * @param noisy the noisy file's URI
   * @param clean the clean file's URI
   */
  private record Match(String relative, String noisy, String clean) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The tagged pair and reject rows of the two files. */
    Iterator<Row> rows(HadoopConf conf, PairIngester ingester, long maxBytes) {
      InputBytes noisyBytes = InputBytes.read(conf, noisy, maxBytes);
      if (noisyBytes.rejection() != null) {
        return List.of(rejected(noisyBytes.rejection())).iterator();
      }
      InputBytes cleanBytes = InputBytes.read(conf, clean, maxBytes);
      if (cleanBytes.rejection() != null) {
        return List.of(rejected(cleanBytes.rejection())).iterator();
      }
      PairOutcome outcome =
          ingester.pair(relative, noisy, noisyBytes.bytes(), clean, cleanBytes.bytes());
      List<Row> rows = new ArrayList<>();
      for (IngestedPair pair : outcome.pairs()) {
        rows.add(tagged(pair, null));
      }
      for (Rejection rejection : outcome.rejections()) {
        rows.add(rejected(rejection));
      }
      return rows.iterator();
    }
  }

  /** The row in the column order of data-schemas/pairs.json. */
  private static Row pairRow(IngestedPair pair, String text) {
    Image noisy = pair.noisy();
    return RowFactory.create(
        pair.id(),
        pair.split(),
        null,
        noisy.width(),
        noisy.height(),
        noisy.channels(),
        ImageCodec.encode(pair.clean(), EncodeOptions.png()),
        PairNoise.png16(noisy),
        NOISE_MODEL,
        JavaConverters.mapAsScalaMap(Map.<String, Double>of()),
        NOISE_MODEL,
        0L,
        text);
  }
}
