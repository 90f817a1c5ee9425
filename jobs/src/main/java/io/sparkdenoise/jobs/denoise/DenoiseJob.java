/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import static org.apache.spark.sql.functions.col;

import io.sparkdenoise.core.denoise.FadedInk;
import io.sparkdenoise.core.denoise.WorkingScale;
import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.core.plan.InferenceTiles;
import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.Stopwatch;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.executor.ExecutorModels;
import io.sparkdenoise.jobs.executor.HadoopConf;
import io.sparkdenoise.jobs.executor.ImageFileListing;
import io.sparkdenoise.jobs.executor.InputRoot;
import io.sparkdenoise.jobs.executor.ModelZip;
import io.sparkdenoise.jobs.executor.SeparateTrees;
import io.sparkdenoise.jobs.executor.TaskOcr;
import io.sparkdenoise.jobs.spark.ObjectStores;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code denoise} job: an archive of scanned pages (image files on any Hadoop file system, or a
 * Parquet table of encoded images) denoised by a trained model, page by page with tiled inference,
 * into files mirroring the input under {@code <output>/files} (or PNGs in the pages table), one row
 * per page in {@code <output>/pages/run_id=<id>} (data-schemas/pages.json), the inputs it could not
 * use in {@code <output>/rejects/run_id=<id>}, and the incremental state in {@code
 * <output>/manifest}.
 *
 * <p>Incremental and resumable: an input is finished when its done marker is written, right after
 * its output file is in place ({@link PageTask}); a run skips every input whose fingerprint (size
 * and modification time of a file, SHA-256 of a Parquet cell) and model id match the manifest or a
 * pending marker, and commits the markers at its end ({@link StateCommit}). So a nightly run over a
 * growing archive denoises only new and changed inputs, and a run killed midway is resumed by the
 * next one without redoing what it finished.
 *
 * <p>The model zip is read once on the driver and broadcast; each executor JVM loads it once
 * ({@link ExecutorModels}). The tile margin defaults to the network's receptive-field radius, so
 * tiles join without seams.
 *
 * <p>With {@value DenoiseConfig#OCR}, Tesseract reads every page before and after denoising (one
 * engine per task), and the pages table gets the words read and their mean confidence: a quality
 * signal that needs no clean page. The driver checks that the language data is there before any
 * work, and stops with one line saying what to install when it is not.
 */
public final class DenoiseJob {
  /** The job's name, in provenance and staging directories. */
  public static final String NAME = "denoise";

  /** The pages table's column of PNGs (output-mode parquet). */
  public static final String PNG_COLUMN = "output_png";

  /** Provenance config key of the schema version of pages.json. */
  public static final String SCHEMA_VERSION = "denoise.schema-version";

  /** Provenance config key of the schema version of manifest.json. */
  public static final String MANIFEST_SCHEMA_VERSION = "denoise.manifest-schema-version";

  /** Provenance config key of the driver's Tesseract language data directory, with OCR. */
  public static final String OCR_LANGUAGE_DATA = "denoise.ocr-language-data";

  private static final Logger LOG = LoggerFactory.getLogger(DenoiseJob.class);
  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss'z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private DenoiseJob() {}

  /**
   * Denoises what is new or changed in {@code config.input()} and commits the run.
   *
   * @throws java.nio.file.NoSuchFileException when there is no model zip
   * @throws IllegalArgumentException when the tiles leave no step after the margins
   * @throws FileNotFoundException when nothing matches the input
   * @throws IOException when the input cannot be listed or a commit fails
   */
  public static DenoiseResult run(SparkSession spark, DenoiseConfig config) throws IOException {
    Stopwatch watch = Stopwatch.start();
    ObjectStores.checkTarget(spark, config.output());
    SeparateTrees.require(spark, DenoiseConfig.OUTPUT, config.output(), reads(config));
    Optional<String> tessdata =
        config.ocr()
            ? Optional.of(TaskOcr.requireLanguageData(config.ocrLanguage()).toString())
            : Optional.empty();
    ModelZip model = ModelZip.read(spark, config.model());
    ModelDenoiser probe = ExecutorModels.denoiser(model.id(), model.bytes(), config.batchTiles());
    int margin = config.margin().orElse(probe.receptiveRadius());
    new InferenceTiles(config.tileSize(), margin, config.blend(), probe.sizeMultiple());
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    Path outputDir = new Path(config.output());
    FileSystem fs = conf.fileSystem(outputDir);
    String output = fs.makeQualified(outputDir).toString();
    String runId =
        config.runId().orElseGet(() -> "run-" + RUN_TIME.format(Clock.systemUTC().instant()));
    StateCommit.Layout layout = StateCommit.Layout.under(output);
    StateCommit state = new StateCommit(spark, fs, layout);
    String root = InputRoot.of(conf, config.input());
    WorkingScale scale = config.workingScale(model.name());
    if (scale.workingDpi() > 0) {
      LOG.info(
          "denoise: pages tagged at or above {} dpi are denoised at a whole fraction of their size"
              + " ({}: {})",
          1.5 * scale.workingDpi(),
          DenoiseConfig.WORKING_DPI,
          scale.workingDpi());
    }
    FadedInk ink = config.fadedInk(model.name());
    if (ink.depth() > 0) {
      LOG.info(
          "denoise: pages whose ink is fainter than {} against their paper are raised to it first"
              + " ({})",
          ink.depth(),
          DenoiseConfig.FADED_INK);
    }
    DenoiseParams params = params(config, conf, runId, model.id(), margin, scale, ink, layout);
    Stopwatch denoising = Stopwatch.start();
    Tally tally = denoiseAll(spark, config, conf, root, params, model, state.done());
    double denoised = denoising.seconds();
    Stopwatch committing = Stopwatch.start();
    state.commit(
        runId, tally.rejections, provenance(spark, config, runId, model, margin, root, tessdata));
    LOG.info(
        "denoise run {}: {} pages denoised, {} skipped, {} rejected; {} s denoising, {} s committing",
        runId,
        tally.processedPages,
        tally.skippedPages,
        tally.rejections.size(),
        denoised,
        committing.seconds());
    return new DenoiseResult(
        runId,
        model.id(),
        tally.files,
        tally.processedPages,
        tally.skippedPages,
        tally.rejections.size(),
        tally.megapixels,
        watch.seconds(),
        output);
  }

  private static DenoiseParams params(
      DenoiseConfig config,
      HadoopConf conf,
      String runId,
      String modelId,
      int margin,
      WorkingScale scale,
      FadedInk ink,
      StateCommit.Layout layout) {
    return new DenoiseParams(
        runId,
        modelId,
        config.tileSize(),
        margin,
        config.blend(),
        config.batchTiles(),
        scale,
        ink,
        config.formats(),
        config.limits(),
        config.maxFileBytes(),
        config.mode(),
        layout.files(),
        layout.state(),
        config.reference().map(r -> qualified(conf, r)).orElse(null),
        config.ocr() ? config.ocrLanguage() : null);
  }

  /** Runs the executors over every input; only the tallies come back. */
  private static Tally denoiseAll(
      SparkSession spark,
      DenoiseConfig config,
      HadoopConf conf,
      String root,
      DenoiseParams params,
      ModelZip model,
      Map<String, Markers.Done> finished)
      throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Item> items =
        isParquet(conf, config)
            ? cells(spark, config, root)
            : files(spark, jsc, conf, config, root);
    Broadcast<byte[]> zip = jsc.broadcast(model.bytes());
    Broadcast<HadoopConf> sharedConf = jsc.broadcast(conf);
    Broadcast<Map<String, Markers.Done>> done = jsc.broadcast(finished);
    try {
      return items
          .mapPartitions(new PageTask(params, zip, sharedConf, done))
          .fold(new Tally(), Tally::merge);
    } finally {
      zip.destroy();
      sharedConf.destroy();
      done.destroy();
    }
  }

  private static JavaRDD<Item> files(
      SparkSession spark, JavaSparkContext jsc, HadoopConf conf, DenoiseConfig config, String root)
      throws IOException {
    ImageFileListing.matches(conf, config.input());
    List<Item> items = new ArrayList<>();
    for (String uri : ImageFileListing.list(spark, config.input())) {
      items.add(new Item(uri, InputRoot.relative(root, uri), null));
    }
    int tasks =
        Math.max(
            Math.min(items.size(), jsc.defaultParallelism()),
            (items.size() + config.filesPerTask() - 1) / config.filesPerTask());
    return jsc.parallelize(items, Math.max(1, tasks));
  }

  /** The trees the job reads, by their settings: the input and the reference, if any. */
  private static Map<String, String> reads(DenoiseConfig config) {
    Map<String, String> reads = new HashMap<>();
    reads.put(DenoiseConfig.INPUT, config.input());
    config.reference().ifPresent(reference -> reads.put(DenoiseConfig.REFERENCE, reference));
    return reads;
  }

  /** The cells of a Parquet input; a null cell becomes an empty one, rejected as empty. */
  private static JavaRDD<Item> cells(SparkSession spark, DenoiseConfig config, String table) {
    var frame = spark.read().parquet(config.input());
    if (!Arrays.asList(frame.columns()).contains(config.imageColumn())) {
      throw new IllegalArgumentException(
          config.input()
              + " has no column '"
              + config.imageColumn()
              + "' (columns: "
              + Arrays.toString(frame.columns())
              + ")");
    }
    var id =
        config
            .idColumn()
            .map(c -> col(c).cast("string"))
            .orElse(org.apache.spark.sql.functions.lit(null).cast("string"));
    return frame
        .select(col(config.imageColumn()), id)
        .javaRDD()
        .zipWithIndex()
        .map(
            cell -> {
              Row row = cell._1();
              String key = row.isNullAt(1) ? Long.toString(cell._2()) : row.getString(1);
              byte[] bytes = row.isNullAt(0) ? new byte[0] : (byte[]) row.get(0);
              return new Item(table + "#" + key, key.replaceAll("[^A-Za-z0-9._-]", "_"), bytes);
            });
  }

  private static boolean isParquet(HadoopConf conf, DenoiseConfig config) throws IOException {
    if (config.format() != DenoiseConfig.Format.AUTO) {
      return config.format() == DenoiseConfig.Format.PARQUET;
    }
    Path path = new Path(config.input());
    if (path.getName().endsWith(".parquet")) {
      return true;
    }
    FileSystem fs = conf.fileSystem(path);
    if (path.getName().matches(".*[*?\\[{].*") || !fs.exists(path) || fs.isFile(path)) {
      return false;
    }
    for (FileStatus child : fs.listStatus(path)) {
      if (child.isFile() && child.getPath().getName().endsWith(".parquet")) {
        return true;
      }
    }
    return false;
  }

  private static String qualified(HadoopConf conf, String uri) {
    try {
      Path path = new Path(uri);
      return conf.fileSystem(path).makeQualified(path).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Provenance provenance(
      SparkSession spark,
      DenoiseConfig config,
      String runId,
      ModelZip model,
      int margin,
      String root,
      Optional<String> tessdata)
      throws IOException {
    SortedMap<String, String> recorded = new TreeMap<>(config.resolved());
    recorded.put(SCHEMA_VERSION, Integer.toString(Table.PAGES.schemaVersion()));
    recorded.put(MANIFEST_SCHEMA_VERSION, Integer.toString(Table.MANIFEST.schemaVersion()));
    recorded.put("denoise.run-id-used", runId);
    recorded.put("denoise.model-id", model.id());
    recorded.put("denoise.tile.margin-used", Integer.toString(margin));
    tessdata.ifPresent(dir -> recorded.put(OCR_LANGUAGE_DATA, dir));
    List<InputFile> inputs = new ArrayList<>();
    inputs.add(ProvenanceFiles.describe(spark, root));
    inputs.add(model.file());
    return Provenance.capture(
        NAME, recorded, Map.of(), inputs, Map.of("spark", spark.version()), Clock.systemUTC());
  }
}
