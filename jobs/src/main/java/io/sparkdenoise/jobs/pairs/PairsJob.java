/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import static org.apache.spark.sql.functions.col;

import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.cli.Console;
import io.sparkdenoise.jobs.cli.SparkDenoise;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.ObjectStores;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import io.sparkdenoise.jobs.spark.TableSchemas;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code pairs} job: images table in, pairs table ({@code data-schemas/pairs.json}) out. Each
 * selected image gets the noise {@code NoisePlanner.generate(spec, seed, image)} draws for its id,
 * stored as a 16-bit PNG with the model, its concrete parameters, the canonical spec and the seed,
 * so the table is the same whatever the partitioning.
 *
 * <p>A row whose PNG does not decode (a damaged table; our ingest never writes one) gets no pair
 * and the run goes on: it is logged with its id on the executor and counted as {@code failed} in
 * the result, so one bad cell does not throw away the work on all the others, and it is not silent
 * either.
 *
 * <p>The output's provenance records the resolved config, {@value #SCHEMA_VERSION} = {@value
 * #SCHEMA_VERSION_VALUE}, the seed, the input table and, when the input has a {@code
 * _provenance.json}, that record's hash under {@value #INPUT_PROVENANCE_HASH}.
 */
public final class PairsJob {
  /** The job's name, in provenance and staging directories. */
  public static final String JOB = "pairs";

  /** Provenance config key of the pairs table's schema version. */
  public static final String SCHEMA_VERSION = "pairs.schema-version";

  /** The version of data-schemas/pairs.json this job writes. */
  public static final int SCHEMA_VERSION_VALUE = 1;

  /** Provenance config key of the hash of the images table's own provenance. */
  public static final String INPUT_PROVENANCE_HASH = "pairs.images-provenance-hash";

  /** The images-table columns the job reads. */
  private static final List<String> USED = List.of("id", "split", "label", "png");

  private static final Logger LOG = LoggerFactory.getLogger(PairsJob.class);
  private static final double NANOS_PER_MILLI = 1e6;
  private static final double MILLIS_PER_SECOND = 1e3;

  private PairsJob() {}

  /** {@code spark-submit --class io.sparkdenoise.jobs.pairs.PairsJob JAR <pairs arguments>}. */
  @SuppressWarnings("checkstyle:RegexpSinglelineJava")
  public static void main(String[] args) {
    System.exit(SparkDenoise.run(SparkDenoise.withCommand(JOB, args), Console.system()));
  }

  /**
   * Makes the pairs of the selected images and commits the table atomically.
   *
   * @throws NoSuchFileException when the images table does not exist
   * @throws IOException when it is not an images table, or the commit fails
   */
  public static PairsResult run(SparkSession spark, PairsConfig config) throws IOException {
    long start = System.nanoTime();
    ObjectStores.checkTarget(spark, config.output());
    StructType schema = TableSchemas.load(JOB);
    Dataset<Row> images = inSplits(readImages(spark, config.images()), config.splits());
    long read = images.count();
    if (config.partitions() > 0) {
      images = images.repartition(config.partitions());
    }
    Dataset<Row> pairs = images.flatMap(new PairRows(config.noise()), Encoders.row(schema));
    SchemaCheck.requireMatches(JOB, schema, pairs.schema(), SchemaCheck.Nullability.STRICT);
    Path target =
        AtomicCommit.table(spark, config.output(), JOB)
            .writeParquet(pairs, provenance(spark, config));
    long written = spark.read().schema(schema).parquet(target.toString()).count();
    if (written < read) {
      LOG.warn(
          "{} of {} images have no pair: their png does not decode (the executor logs name them)",
          read - written,
          read);
    }
    double seconds = Math.round((System.nanoTime() - start) / NANOS_PER_MILLI) / MILLIS_PER_SECOND;
    return new PairsResult(
        read,
        written,
        seconds,
        target.toString(),
        config.noise().spec().toString(),
        config.noise().seed());
  }

  private static Dataset<Row> readImages(SparkSession spark, String uri) throws IOException {
    Path path = new Path(uri);
    if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
      throw new NoSuchFileException(uri);
    }
    Dataset<Row> table = spark.read().parquet(uri);
    List<String> differences = missingColumns(table.schema());
    if (!differences.isEmpty()) {
      throw new IOException(
          uri + " is not an images table (data-schemas/images.json): " + differences);
    }
    return table.select(USED.stream().map(functions::col).toArray(Column[]::new));
  }

  /** Differences in the used columns only: newer images tables may have more. */
  private static List<String> missingColumns(StructType actual) {
    List<StructField> expected = new ArrayList<>();
    List<StructField> found = new ArrayList<>();
    List<String> names = Arrays.asList(actual.fieldNames());
    for (StructField field : TableSchemas.load("images").fields()) {
      if (USED.contains(field.name())) {
        expected.add(field);
        if (names.contains(field.name())) {
          found.add(actual.apply(field.name()));
        }
      }
    }
    return SchemaCheck.differences(
        new StructType(expected.toArray(StructField[]::new)),
        new StructType(found.toArray(StructField[]::new)),
        SchemaCheck.Nullability.IGNORE);
  }

  private static Dataset<Row> inSplits(Dataset<Row> images, Set<Split> splits) {
    if (splits.size() == Split.values().length) {
      return images;
    }
    return images.filter(col("split").isin(splits.stream().map(Split::label).toArray()));
  }

  private static Provenance provenance(SparkSession spark, PairsConfig config) throws IOException {
    SortedMap<String, String> recorded = new TreeMap<>(config.resolved());
    recorded.put(SCHEMA_VERSION, Integer.toString(SCHEMA_VERSION_VALUE));
    inputProvenanceHash(spark, config.images())
        .ifPresent(hash -> recorded.put(INPUT_PROVENANCE_HASH, hash));
    return Provenance.capture(
        JOB,
        recorded,
        Map.of(PairsConfig.SEED, config.noise().seed()),
        List.of(ProvenanceFiles.describe(spark, config.images())),
        Map.of("spark", spark.version()),
        Clock.systemUTC());
  }

  private static Optional<String> inputProvenanceHash(SparkSession spark, String uri)
      throws IOException {
    try {
      return Optional.of(ProvenanceFiles.read(spark, uri).hash());
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }
}
