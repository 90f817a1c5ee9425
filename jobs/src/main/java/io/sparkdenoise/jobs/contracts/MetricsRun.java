/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.contracts;

import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One committed run of the {@link Table#METRICS metrics} table, {@code <metrics dir>/run_id=<id>},
 * as its readers see it: the rows, and what the score job recorded in its {@code _provenance.json}
 * about where they came from (the model directory, the input table and its noise). The keys below
 * are those of the score job's configuration, which its provenance records; the score job reads its
 * configuration with the same constants.
 *
 * @param runId the run id, from the partition directory's name
 * @param location the partition's fully qualified URI
 * @param provenance the run's provenance record
 */
public record MetricsRun(String runId, String location, Provenance provenance) {
  /** Key of the model directory; unset or {@value #MODEL_NONE} for a baselines-only run. */
  public static final String MODEL = "score.model";

  /** The {@value #MODEL} value that scores no model. */
  public static final String MODEL_NONE = "none";

  /** Key of the pairs table a run scored. */
  public static final String PAIRS = "score.pairs";

  /** Key of the images table a run scored, with noise made on the fly. */
  public static final String IMAGES = "score.images";

  /** Key of the noise spec made on an images table. */
  public static final String NOISE = "score.noise";

  /** Key of the seed of that noise. */
  public static final String SEED = "score.seed";

  /** Key of the model id a run recorded; absent without a model. */
  public static final String MODEL_ID = "score.model-id";

  /** The {@code method} of the model's rows (the baselines are named by their denoisers). */
  public static final String MODEL_METHOD = "model";

  private static final String PREFIX = Table.RUN_ID + "=";

  /**
   * Opens the committed run at {@code uri}.
   *
   * @param key the setting {@code uri} came from, named when it is no run directory
   * @throws NoSuchFileException when the directory does not exist
   * @throws IOException when it is not a committed run partition of a metrics table
   */
  public static MetricsRun open(SparkSession spark, String uri, String key) throws IOException {
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(path)) {
      throw new NoSuchFileException(uri);
    }
    String location = fs.makeQualified(path).toString();
    String name = path.getName();
    if (!name.startsWith(PREFIX) || name.length() == PREFIX.length()) {
      throw new IOException(
          key + " must be a run of a metrics table, <metrics dir>/" + PREFIX + "<id>, got " + uri);
    }
    Provenance provenance;
    try {
      provenance = ProvenanceFiles.read(spark, location);
    } catch (FileNotFoundException e) {
      throw new IOException(
          uri + " has no _provenance.json: not a run committed by the score job", e);
    }
    SchemaFit.requireFits(spark, Table.METRICS, Table.METRICS.fileSchema(), location);
    return new MetricsRun(name.substring(PREFIX.length()), location, provenance);
  }

  /**
   * The run's rows: the metrics table's columns without {@code run_id}, those a run of an earlier
   * schema version lacks as nulls.
   */
  public Dataset<Row> rows(SparkSession spark) {
    return spark.read().schema(Table.METRICS.fileSchema()).parquet(location);
  }

  /** The model directory the run scored; empty for a baselines-only run. */
  public Optional<String> modelDirectory() {
    return Optional.ofNullable(provenance.config().get(MODEL)).filter(m -> !m.equals(MODEL_NONE));
  }

  /** The history table next to the model the run scored; empty without a model. */
  public Optional<String> history() {
    return modelDirectory().map(ModelDirectory::history);
  }

  /** The run's model id; empty for a baselines-only run. */
  public Optional<String> modelId() {
    return Optional.ofNullable(provenance.config().get(MODEL_ID));
  }

  /** The pairs table the run scored, if it scored one. */
  public Optional<String> pairs() {
    return Optional.ofNullable(provenance.config().get(PAIRS));
  }

  /** The images table the run scored with noise made on the fly, if it scored one. */
  public Optional<String> images() {
    return Optional.ofNullable(provenance.config().get(IMAGES));
  }

  /**
   * The noise the run made on its images table, as the score job made it.
   *
   * @throws IllegalArgumentException when the run recorded no valid noise spec or seed
   */
  public PairNoise noise() {
    return new PairNoise(NoiseSpec.parse(setting(NOISE)), Long.parseLong(setting(SEED)));
  }

  /** A recorded setting, or "" when the run did not record it. */
  public String setting(String key) {
    return provenance.config().getOrDefault(key, "");
  }
}
