/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.apache.spark.sql.functions.col;

import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.nativesetup.NativeBackend;
import io.sparkdenoise.core.nativesetup.NativeSetup;
import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.Stopwatch;
import io.sparkdenoise.jobs.contracts.ModelDirectory;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.ObjectStores;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The train job: trains {@link TrainConfig#preset()} on the train split of a pairs table (or of an
 * images table, the noise made on the executors: {@link TrainInput}), noisy in and clean out, with
 * the configured {@link Engine}, scoring the validation split after every epoch (its pairs, at most
 * {@link TrainConfig#validationMaxImages()} of them, are collected to the driver and scored there:
 * validation sets are small next to training sets). The epochs run in {@link TrainingLoop}: early
 * stopping ({@link Stopping}), checkpoints and {@code --resume} ({@link Checkpointing}).
 *
 * <p>Commits, atomically as one directory laid out as {@link ModelDirectory} says: the network
 * (core's {@code ModelFiles} format; with early stopping the best epoch's network, else the last
 * one's; with {@value TrainConfig#KEEP_INIT} that network interpolated with the starting model's),
 * the history table (data-schemas/history.json, one row per epoch, resumed epochs as they were),
 * the curves and {@code _provenance.json} (resolved config with {@value TrainConfig#EPOCHS} as
 * decided, {@value #IMAGE_SHAPE}, the checkpoint directory and the checkpoint resumed from, if
 * any).
 */
public final class TrainJob {
  /** The job's name: launcher command and provenance. */
  public static final String JOB = ModelDirectory.WRITER_JOB;

  /** Config key recording the history table's schema version in the provenance. */
  public static final String SCHEMA_VERSION = "train.schema-version";

  /**
   * Config key recording the input table's provenance hash, when it has one; with several pairs
   * tables, one key per table with its index appended ({@code .0}, {@code .1}, ...).
   */
  public static final String INPUT_PROVENANCE_HASH = "train.pairs-provenance-hash";

  /** Config key recording the training image shape, {@code <height>x<width>}. */
  public static final String IMAGE_SHAPE = "train.image-shape";

  /** Config key recording the network's channels, as given or as {@code auto} decided. */
  public static final String CHANNELS_USED = "train.channels-used";

  /** Config key recording the checkpoint directory used (set when checkpointing or resuming). */
  public static final String CHECKPOINT_DIR_USED = "train.checkpoint.dir-used";

  /** Config key recording the checkpoint a run resumed from. */
  public static final String RESUMED_FROM = "train.resumed-from";

  /** Provenance config key of the model a fine-tuning run started from, as it was named. */
  public static final String INIT_MODEL_USED = "train.init-model-used";

  /** Provenance config key of that model's id. */
  public static final String INIT_MODEL_ID = "train.init-model-id";

  private static final Logger LOG = LoggerFactory.getLogger(TrainJob.class);

  private TrainJob() {}

  /**
   * Trains (or resumes training) and commits the output.
   *
   * @throws NoSuchFileException when the input table does not exist
   * @throws IOException when it is not a table of its kind, its train split is empty, or a commit
   *     fails
   * @throws IllegalArgumentException when the train split's images differ in size or their size is
   *     not a multiple of the preset's pooling factor, early stopping has no validation pairs, or
   *     the checkpoint to resume from belongs to another training
   */
  public static TrainResult run(SparkSession spark, TrainConfig requested) throws IOException {
    Stopwatch watch = Stopwatch.start();
    ObjectStores.checkTarget(spark, requested.output());
    NativeBackend backend = NativeSetup.ensureReady();
    Optional<InitModel> init = initModel(spark, requested);
    TrainConfig networked =
        init.map(
                i ->
                    requested.withNetworkOf(
                        i.preset(),
                        i.loss(),
                        i.network().outputActivation(),
                        i.network().channels()))
            .orElse(requested);
    TrainInput input = networked.input();
    Dataset<Row> table = TrainTables.read(spark, input);
    Dataset<Row> train = table.filter(col("split").equalTo(Split.TRAIN.label()));
    Dataset<Row> validationRows =
        table.filter(col("split").equalTo(networked.validationSplit().label()));
    if (train.isEmpty()) {
      throw new IOException(
          "the " + input.kind() + " table " + input.uri() + " has no rows in split train");
    }
    TrainConfig config = decided(networked, train);
    int[] shape =
        TrainTables.requireOneShape(train.union(validationRows), config.preset().sizeMultiple());
    Validation validation =
        new Validation(
            TrainTables.validationPairs(
                validationRows, input, config.validationMaxImages(), config.training().channels()));
    requireValidationForStopping(config, validation);
    SortedMap<String, String> recorded = recorded(spark, config, shape);
    init.ifPresent(i -> recordInitModel(recorded, config, i));
    Optional<Checkpoints> checkpoints = checkpoints(spark, config, recorded);
    Optional<Resumed> resumed = resume(config, checkpoints, recorded);
    resumed.ifPresent(r -> recorded.put(RESUMED_FROM, r.uri()));
    Provenance provenance = provenance(spark, config, recorded, backend, init);
    Dl4jNetwork network =
        resumed
            .map(Resumed::network)
            .orElseGet(
                () ->
                    init.map(i -> i.network().forFineTuning(config.training()))
                        .orElseGet(() -> config.preset().build(config.training())));
    ExampleSource source =
        ExampleSource.of(input, config.augmentation(), config.training().channels());
    Dataset<Row> rows = TrainTables.trainRows(train, input);
    Trained fitted;
    try (EpochTrainer engine =
        config.engine() == Engine.SPARK
            ? new SparkEngine(
                rows,
                network,
                config,
                source,
                network.loss().scorePerSample(shape[0], shape[1], config.training().channels()))
            : new LocalEngine(rows, network, config, source)) {
      fitted = new TrainingLoop(config, validation, checkpoints, provenance).run(engine, resumed);
    }
    Trained trained =
        config.keepInit() > 0
            ? keepingInit(fitted, init.orElseThrow(), config.keepInit(), validation)
            : fitted;
    Path target =
        AtomicCommit.table(spark, config.output(), JOB)
            .write(staging -> TrainOutput.write(spark, staging, trained, config), provenance);
    double seconds = watch.seconds();
    return new TrainResult(
        config.engine(),
        trained.epochs(),
        trained.examples(),
        validation.size(),
        trained.bestEpoch(),
        trained.stoppedEarly(),
        trained.resumedFrom(),
        seconds,
        target.toString(),
        trained.keptInit());
  }

  /** {@code config} with what auto left to the train split: the network's channels, the epochs. */
  private static TrainConfig decided(TrainConfig config, Dataset<Row> train) {
    TrainConfig channelled =
        config.channels().isPresent() ? config : config.withChannels(TrainTables.channels(train));
    if (channelled.epochsAsked().isPresent()) {
      return channelled;
    }
    long images = train.count();
    TrainConfig decided = channelled.withEpochsFor(images);
    LOG.info(
        "train: {} epochs ({} = auto: {} training images, about {} in all, at most {} epochs)",
        decided.epochs(),
        TrainConfig.EPOCHS,
        images,
        config.autoEpochs().images(),
        config.autoEpochs().max());
    return decided;
  }

  /** {@code trained} with {@code share} of the starting model's weights, scored again. */
  private static Trained keepingInit(
      Trained trained, InitModel init, double share, Validation validation) {
    Dl4jNetwork interpolated = trained.network().interpolated(init.network(), share);
    Validation.Score score = validation.score(interpolated);
    LOG.info(
        "train: the model written keeps {} of {}'s weights: validation PSNR {} dB",
        share,
        init.zip().name(),
        score.psnr());
    return trained.keepingInit(
        interpolated, new TrainResult.KeptInit(share, score.psnr(), score.ssim()));
  }

  private static Optional<InitModel> initModel(SparkSession spark, TrainConfig config)
      throws IOException {
    if (config.initModel().isEmpty()) {
      return Optional.empty();
    }
    InitModel init =
        InitModel.read(spark, config.initModel().get(), config.preset(), config.training().loss());
    LOG.info(
        "train: fine-tuning {} ({} preset, {} loss) at learning rate {}",
        init.zip().name(),
        init.preset().id(),
        init.loss().id(),
        config.training().learningRate());
    return Optional.of(init);
  }

  /** What a fine-tuning run records: the model it started from, its network and the values used. */
  private static void recordInitModel(
      SortedMap<String, String> recorded, TrainConfig config, InitModel init) {
    recorded.put(INIT_MODEL_USED, init.zip().name());
    recorded.put(INIT_MODEL_ID, init.zip().id());
    recorded.put(TrainConfig.PRESET, init.preset().id());
    recorded.put(TrainConfig.LOSS, init.loss().id());
    recorded.put(TrainConfig.LEARNING_RATE, Double.toString(config.training().learningRate()));
  }

  private static void requireValidationForStopping(TrainConfig config, Validation validation) {
    if (config.earlyStopping().enabled() && validation.size() == 0) {
      throw new IllegalArgumentException(
          Stopping.PATIENCE
              + " = "
              + config.earlyStopping().patience()
              + " needs validation pairs, split "
              + config.validationSplit().label()
              + " has none (or "
              + TrainConfig.VALIDATION_MAX_IMAGES
              + " is 0)");
    }
  }

  /** The checkpoint directory when checkpointing or resuming, recorded in {@code recorded}. */
  private static Optional<Checkpoints> checkpoints(
      SparkSession spark, TrainConfig config, SortedMap<String, String> recorded)
      throws IOException {
    Checkpointing c = config.checkpointing();
    if (c.every() == 0 && !c.resume()) {
      return Optional.empty();
    }
    ObjectStores.checkTarget(spark, c.directory(config.output()));
    Checkpoints checkpoints = new Checkpoints(spark, c.directory(config.output()), c.keep());
    recorded.put(CHECKPOINT_DIR_USED, checkpoints.directory());
    return Optional.of(checkpoints);
  }

  private static Optional<Resumed> resume(
      TrainConfig config, Optional<Checkpoints> checkpoints, SortedMap<String, String> recorded)
      throws IOException {
    if (!config.checkpointing().resume()) {
      return Optional.empty();
    }
    Optional<Resumed> resumed = checkpoints.get().latest();
    if (resumed.isEmpty()) {
      LOG.warn(
          "train: --resume found no complete checkpoint in {}, starting from epoch 1",
          checkpoints.get().directory());
      return resumed;
    }
    resumed.get().requireCompatible(recorded, config.epochs());
    LOG.info(
        "train: resuming after epoch {} from {}",
        resumed.get().state().epoch(),
        resumed.get().uri());
    return resumed;
  }

  /**
   * The resolved config with what the run adds: schema version, image shape, channels, the epochs
   * decided (a number where auto was asked for: the models' records read it so), input hash.
   */
  private static SortedMap<String, String> recorded(
      SparkSession spark, TrainConfig config, int[] shape) throws IOException {
    SortedMap<String, String> recorded = new TreeMap<>(config.resolved());
    recorded.put(SCHEMA_VERSION, Integer.toString(Table.HISTORY.schemaVersion()));
    recorded.put(IMAGE_SHAPE, shape[0] + "x" + shape[1]);
    recorded.put(CHANNELS_USED, Integer.toString(config.training().channels()));
    recorded.put(TrainConfig.EPOCHS, Integer.toString(config.epochs()));
    List<String> tables = config.input().tables();
    for (int i = 0; i < tables.size(); i++) {
      String key = tables.size() == 1 ? INPUT_PROVENANCE_HASH : INPUT_PROVENANCE_HASH + "." + i;
      ProvenanceFiles.hashOf(spark, tables.get(i)).ifPresent(hash -> recorded.put(key, hash));
    }
    return recorded;
  }

  private static Provenance provenance(
      SparkSession spark,
      TrainConfig config,
      SortedMap<String, String> recorded,
      NativeBackend backend,
      Optional<InitModel> init)
      throws IOException {
    Map<String, Long> seeds = new TreeMap<>();
    seeds.put(TrainConfig.SEED, config.training().seed());
    config.input().noise().ifPresent(n -> seeds.put(TrainInput.NOISE_SEED, n.seed()));
    return Provenance.capture(
        JOB,
        recorded,
        seeds,
        inputs(spark, config, init),
        LibraryVersions.of(spark.version(), backend),
        Clock.systemUTC());
  }

  private static List<InputFile> inputs(
      SparkSession spark, TrainConfig config, Optional<InitModel> init) throws IOException {
    List<InputFile> inputs = new ArrayList<>();
    for (String table : config.input().tables()) {
      inputs.add(ProvenanceFiles.describe(spark, table));
    }
    init.ifPresent(i -> inputs.add(i.zip().file()));
    return inputs;
  }
}
