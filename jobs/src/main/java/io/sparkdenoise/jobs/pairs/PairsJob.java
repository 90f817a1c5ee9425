/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.Stopwatch;
import io.sparkdenoise.jobs.contracts.SplitRows;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.executor.PairRows;
import io.sparkdenoise.jobs.executor.SeparateTrees;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.ObjectStores;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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
 * <p>The output's provenance records the resolved config, {@value #SCHEMA_VERSION} (the pairs
 * table's {@link Table#schemaVersion()}), the seed, the input table and, when the input has a
 * {@code _provenance.json}, that record's hash under {@value #INPUT_PROVENANCE_HASH}.
 */
public final class PairsJob {
  /** The job's name, in provenance and staging directories. */
  public static final String JOB = "pairs";

  /** Provenance config key of the pairs table's schema version. */
  public static final String SCHEMA_VERSION = "pairs.schema-version";

  /** Provenance config key of the hash of the images table's own provenance. */
  public static final String INPUT_PROVENANCE_HASH = "pairs.images-provenance-hash";

  /**
   * The images-table columns the job reads, besides the ground-truth text, which tables written
   * before images version 2 lack (their pairs get none).
   */
  private static final List<String> USED = List.of("id", "split", "label", "png");

  private static final Logger LOG = LoggerFactory.getLogger(PairsJob.class);

  private PairsJob() {}

  /**
   * Makes the pairs of the selected images and commits the table atomically.
   *
   * @throws NoSuchFileException when the images table does not exist
   * @throws IOException when it is not an images table, or the commit fails
   */
  public static PairsResult run(SparkSession spark, PairsConfig config) throws IOException {
    Stopwatch watch = Stopwatch.start();
    ObjectStores.checkTarget(spark, config.output());
    SeparateTrees.require(
        spark, PairsConfig.OUTPUT, config.output(), Map.of(PairsConfig.IMAGES, config.images()));
    StructType schema = Table.PAIRS.schema();
    Dataset<Row> images =
        SplitRows.keep(
            Table.IMAGES.readColumns(spark, config.images(), USED, List.of(PairRows.TEXT)),
            config.splits());
    long read = images.count();
    if (config.partitions() > 0) {
      images = images.repartition(config.partitions());
    }
    Dataset<Row> pairs = images.flatMap(new PairRows(config.noise()), Encoders.row(schema));
    SchemaCheck.requireMatches(
        Table.PAIRS.tableName(), schema, pairs.schema(), SchemaCheck.Nullability.STRICT);
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
    double seconds = watch.roundedSeconds();
    return new PairsResult(
        read,
        written,
        seconds,
        target.toString(),
        config.noise().spec().toString(),
        config.noise().seed());
  }

  private static Provenance provenance(SparkSession spark, PairsConfig config) throws IOException {
    SortedMap<String, String> recorded = new TreeMap<>(config.resolved());
    recorded.put(SCHEMA_VERSION, Integer.toString(Table.PAIRS.schemaVersion()));
    ProvenanceFiles.hashOf(spark, config.images())
        .ifPresent(hash -> recorded.put(INPUT_PROVENANCE_HASH, hash));
    return Provenance.capture(
        JOB,
        recorded,
        Map.of(PairsConfig.SEED, config.noise().seed()),
        List.of(ProvenanceFiles.describe(spark, config.images())),
        Map.of("spark", spark.version()),
        Clock.systemUTC());
  }
}
