/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import static org.apache.spark.sql.functions.col;

import io.sparkdenoise.core.filter.IdentityDenoiser;
import io.sparkdenoise.core.ingest.Sha256;
import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.Stopwatch;
import io.sparkdenoise.jobs.contracts.MethodSummary;
import io.sparkdenoise.jobs.contracts.MetricsRun;
import io.sparkdenoise.jobs.contracts.MetricsSummaries;
import io.sparkdenoise.jobs.contracts.SplitRows;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.executor.ExecutorModels;
import io.sparkdenoise.jobs.executor.ModelZip;
import io.sparkdenoise.jobs.executor.SeparateTrees;
import io.sparkdenoise.jobs.executor.TaskOcr;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.ObjectStores;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code score} job: a pairs table (or an images table plus noise made on the executors as the
 * pairs job makes it) in, one partition {@code run_id=<id>} of the metrics table ({@code
 * data-schemas/metrics.json}) out, with one row per image of the splits {@value ScoreConfig#SPLITS}
 * (the test split by default) and method: the baselines of {@value ScoreConfig#BASELINES} ({@code
 * identity}, the noisy input, always among them; by default also {@code gaussian_s1}, {@code
 * median3x3}, {@code bg_median21} and {@code sauvola}) and, with a model, {@code model}. With
 * {@value ScoreConfig#WRITE_IMAGES} the model rows also keep the model's output as a 16-bit PNG in
 * {@code output_png} (one pass, one commit: the images cannot disagree with their metrics).
 *
 * <p>Pairs with ground-truth text (a {@code text} column, which tables written before images and
 * pairs version 2 lack) also get the OCR columns with {@value ScoreConfig#OCR}: Tesseract reads
 * each method's output on the executors, one engine per task, and the row holds the character error
 * rate against the text, the words read and their mean confidence. The driver checks that
 * Tesseract's language data is there before any work when some row has a text, and stops with one
 * line saying what to install when it is not.
 *
 * <p>The partition is committed with {@link AtomicCommit#partition}: re-running a run id replaces
 * its rows, other runs are untouched. Without {@value ScoreConfig#RUN_ID} the run id is {@code
 * run-} and 16 hex digits of a hash of (model id, input kind, qualified input URI, splits, noise
 * spec, seed): running the same scoring again replaces its partition rather than adding a copy, and
 * any other model, input, splits or noise gets a partition of its own.
 *
 * <p>The model zip is read once on the driver and broadcast, so its id is the hash of exactly the
 * bytes every executor loads, and executors need no access to the model's file system; each
 * executor JVM loads the network once ({@link ExecutorModels}). The summary (per method: count,
 * PSNR and SSIM mean/median/p5/p95 with {@code percentile_approx}, mean gain over {@code identity},
 * and CER where there is one) is computed with Spark SQL on the committed partition and logged as a
 * table.
 *
 * <p>The output's provenance records the resolved config, {@value #SCHEMA_VERSION} (the metrics
 * table's {@link Table#schemaVersion()}), the run id, the model id, the input table (and its own
 * provenance hash when it has one), the model zip with its SHA-256 and, when pages were read with
 * OCR, the driver's language data directory ({@value #OCR_LANGUAGE_DATA}).
 */
public final class ScoreJob {
  /** The job's name, in provenance and staging directories. */
  public static final String JOB = "score";

  /** Provenance config key of the metrics table's schema version. */
  public static final String SCHEMA_VERSION = "score.schema-version";

  /** Provenance config key of the run id actually used. */
  public static final String RUN_ID_USED = "score.run-id-used";

  /**
   * Provenance config key of the driver's Tesseract language data directory, recorded when the run
   * read pages with OCR.
   */
  public static final String OCR_LANGUAGE_DATA = "score.ocr-language-data";

  /** Provenance config key of the hash of the input table's own provenance. */
  public static final String INPUT_PROVENANCE_HASH = "score.input-provenance-hash";

  private static final Logger LOG = LoggerFactory.getLogger(ScoreJob.class);
  private static final String RUN_ID_PREFIX = "run-";
  private static final int RUN_ID_HEX_DIGITS = 16;

  private ScoreJob() {}

  /**
   * Scores the input and commits the run's partition atomically.
   *
   * @throws NoSuchFileException when the input table or the model zip does not exist
   * @throws IOException when the input is not a table of its kind or has no rows of the splits to
   *     score, or the commit fails
   */
  public static ScoreResult run(SparkSession spark, ScoreConfig config) throws IOException {
    Stopwatch watch = Stopwatch.start();
    ObjectStores.checkTarget(spark, config.output());
    SeparateTrees.require(
        spark,
        ScoreConfig.OUTPUT,
        config.output(),
        Map.of(
            config.input().isImages() ? ScoreConfig.IMAGES : ScoreConfig.PAIRS,
            config.input().uri()));
    Optional<ModelZip> model = Optional.empty();
    if (config.model().isPresent()) {
      model = Optional.of(ModelZip.read(spark, config.model().get()));
    }
    Dataset<Row> table = config.input().read(spark);
    Dataset<Row> inputs = SplitRows.keep(table, config.splits());
    long read = inputs.count();
    if (read == 0) {
      throw new IOException(
          SplitRows.noneLeft(ScoreConfig.SPLITS, config.splits(), config.input().uri(), table));
    }
    Optional<String> tessdata = ocrLanguageData(config, inputs);
    if (config.partitions() > 0) {
      inputs = inputs.repartition(config.partitions());
    }
    Optional<String> modelId = model.map(ModelZip::id);
    String runId =
        config
            .runId()
            .orElseGet(() -> defaultRunId(spark, config.input(), config.splits(), modelId));
    Provenance provenance = provenance(spark, config, runId, model, tessdata);
    ScoreParams params =
        new ScoreParams(
            modelId.orElse(null),
            provenance.hash(),
            config.batchSize(),
            config.input().noise().orElse(null),
            config.writeImages(),
            config.baselines(),
            config.ocr() ? config.ocrLanguage() : null);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<byte[]> zip = model.map(m -> jsc.broadcast(m.bytes())).orElse(null);
    Path target;
    try {
      target =
          write(
              spark,
              config.output(),
              runId,
              inputs.mapPartitions(
                  new ScoreRows(params, zip), Encoders.row(Table.METRICS.fileSchema())),
              provenance);
    } finally {
      if (zip != null) {
        zip.destroy();
      }
    }
    Dataset<Row> written =
        spark.read().schema(Table.METRICS.fileSchema()).parquet(target.toString());
    long rows = written.count();
    Map<String, MethodSummary> methods = MetricsSummaries.byMethod(written);
    long images =
        methods.containsKey(IdentityDenoiser.NAME) ? methods.get(IdentityDenoiser.NAME).count() : 0;
    LOG.info(
        "score run {}: {} images, {} rows in {}\n{}",
        runId,
        images,
        rows,
        target,
        String.join("\n", MetricsSummaries.table(methods)));
    double seconds = watch.roundedSeconds();
    return new ScoreResult(runId, modelId, read, images, rows, seconds, target.toString(), methods);
  }

  /**
   * The directory of the language data, when OCR will run: {@value ScoreConfig#OCR} is on and some
   * input row has ground-truth text. Checked on the driver before any work, so that a machine
   * without the data stops at once rather than in the first task that reads a page.
   *
   * @throws io.sparkdenoise.core.ocr.OcrUnavailableException in one line when the data is missing
   */
  private static Optional<String> ocrLanguageData(ScoreConfig config, Dataset<Row> inputs) {
    if (!config.ocr() || inputs.filter(col(ScoreInput.TEXT).isNotNull()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(TaskOcr.requireLanguageData(config.ocrLanguage()).toString());
  }

  private static Path write(
      SparkSession spark, String output, String runId, Dataset<Row> rows, Provenance provenance)
      throws IOException {
    Table metrics = Table.METRICS;
    SchemaCheck.requireMatches(
        metrics.tableName(), metrics.fileSchema(), rows.schema(), SchemaCheck.Nullability.STRICT);
    return AtomicCommit.partition(spark, output, Table.RUN_ID, runId, JOB)
        .writeParquet(rows, provenance);
  }

  /**
   * {@code run-} and the first 16 hex digits of the SHA-256 of the model id ({@code none} without a
   * model), the input kind, its qualified URI, the splits scored and, for an images table, the
   * noise spec and seed.
   */
  static String defaultRunId(
      SparkSession spark, ScoreInput input, Set<Split> splits, Optional<String> modelId) {
    Path path = new Path(input.uri());
    String qualified;
    try {
      qualified =
          path.getFileSystem(spark.sparkContext().hadoopConfiguration())
              .makeQualified(path)
              .toString();
    } catch (IOException e) {
      qualified = input.uri();
    }
    List<String> parts =
        new ArrayList<>(
            List.of(modelId.orElse("none"), input.kind(), qualified, Split.labels(splits)));
    input
        .noise()
        .ifPresent(n -> parts.addAll(List.of(n.spec().toString(), Long.toString(n.seed()))));
    byte[] recipe = String.join("\n", parts).getBytes(StandardCharsets.UTF_8);
    return RUN_ID_PREFIX + Sha256.hex(recipe).substring(0, RUN_ID_HEX_DIGITS);
  }

  private static Provenance provenance(
      SparkSession spark,
      ScoreConfig config,
      String runId,
      Optional<ModelZip> model,
      Optional<String> tessdata)
      throws IOException {
    SortedMap<String, String> recorded = new TreeMap<>(config.resolved());
    recorded.put(SCHEMA_VERSION, Integer.toString(Table.METRICS.schemaVersion()));
    recorded.put(RUN_ID_USED, runId);
    tessdata.ifPresent(dir -> recorded.put(OCR_LANGUAGE_DATA, dir));
    model.ifPresent(m -> recorded.put(MetricsRun.MODEL_ID, m.id()));
    ProvenanceFiles.hashOf(spark, config.input().uri())
        .ifPresent(hash -> recorded.put(INPUT_PROVENANCE_HASH, hash));
    List<InputFile> inputs = new ArrayList<>();
    inputs.add(ProvenanceFiles.describe(spark, config.input().uri()));
    model.ifPresent(m -> inputs.add(m.file()));
    Map<String, Long> seeds =
        config.input().noise().map(n -> Map.of(ScoreConfig.SEED, n.seed())).orElse(Map.of());
    return Provenance.capture(
        JOB, recorded, seeds, inputs, Map.of("spark", spark.version()), Clock.systemUTC());
  }
}
