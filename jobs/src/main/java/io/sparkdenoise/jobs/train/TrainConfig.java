/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.LearningRateSchedule;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.model.TrainingOptions;
import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.core.training.Augmentation;
import io.sparkdenoise.core.training.EarlyStopping;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The configuration of the train job, read from the {@code train} block. Layers, lowest first: the
 * defaults in {@code reference.conf}, the {@code --config} file, then the command's flags and
 * {@code --conf key=value}. Stays on the driver: executors get only {@link ExampleSource}.
 *
 * @param spark the Spark session options
 * @param input the pairs table, or the images table and its noise, to train on
 * @param output URI of the directory to write (model.zip, history, curves.png, _provenance.json)
 * @param preset the network
 * @param training loss, learning rate, schedule, dropout and initialisation seed
 * @param epochs passes over the train split, at least 1
 * @param engine spark (parameter averaging) or local (the driver)
 * @param averaging the spark engine's settings
 * @param validationSplit the split scored after every epoch
 * @param validationMaxImages at most this many validation pairs are collected to the driver
 * @param localMaxImages the local engine refuses a train split larger than this
 * @param earlyStopping patience on a validation metric ({@link Stopping}), off by default
 * @param checkpointing checkpoints and resume
 * @param augmentation flip/rotate augmentation of the training pairs, seeded by {@value #SEED}
 * @param resolved every resolved key, for the provenance
 */
public record TrainConfig(
    SparkOptions spark,
    TrainInput input,
    String output,
    Preset preset,
    TrainingOptions training,
    int epochs,
    Engine engine,
    Averaging averaging,
    Split validationSplit,
    int validationMaxImages,
    int localMaxImages,
    EarlyStopping earlyStopping,
    Checkpointing checkpointing,
    Augmentation augmentation,
    SortedMap<String, String> resolved) {
  /** URI of the pairs table; exactly one of this and {@value TrainInput#IMAGES} is required. */
  public static final String PAIRS = "train.pairs";

  /** URI of the output directory; required. */
  public static final String OUTPUT = "train.output";

  /** Preset name (seed, seed-bn, transpose, dncnn, document). */
  public static final String PRESET = "train.preset";

  /** Default preset. */
  public static final String PRESET_DEFAULT = "seed";

  /** Loss: bce, mse or l1. */
  public static final String LOSS = "train.loss";

  /** Default loss. */
  public static final String LOSS_DEFAULT = "bce";

  /** Adam's initial learning rate, in (0, 1]. */
  public static final String LEARNING_RATE = "train.learning-rate";

  /** Schedule shape: constant, step or exponential. */
  public static final String SCHEDULE = "train.schedule";

  /** Default schedule. */
  public static final String SCHEDULE_DEFAULT = "constant";

  /** Decay factor of step and exponential schedules, in (0, 1]. */
  public static final String SCHEDULE_FACTOR = "train.schedule-factor";

  /** Default decay factor. */
  public static final double SCHEDULE_FACTOR_DEFAULT = 0.5;

  /** Epochs per step of a step schedule. */
  public static final String SCHEDULE_EVERY = "train.schedule-every";

  /** Default epochs per step. */
  public static final int SCHEDULE_EVERY_DEFAULT = 10;

  /** Probability of dropping an activation at the input of each hidden convolution, in [0, 1). */
  public static final String DROPOUT = "train.dropout";

  /** Default dropout: off. */
  public static final double DROPOUT_DEFAULT = 0.0;

  /** Flip/rotate augmentation of the training pairs, drawn per image and epoch. */
  public static final String AUGMENT = "train.augment";

  /** Default augmentation: off. */
  public static final boolean AUGMENT_DEFAULT = false;

  /** Passes over the train split. */
  public static final String EPOCHS = "train.epochs";

  /** Default epochs. */
  public static final int EPOCHS_DEFAULT = 10;

  /** Seed of the weight initialisation, the training master, the shuffles and the augmentation. */
  public static final String SEED = "train.seed";

  /** Default seed. */
  public static final long SEED_DEFAULT = 0L;

  /** Engine: spark or local. */
  public static final String ENGINE = "train.engine";

  /** Default engine. */
  public static final String ENGINE_DEFAULT = "spark";

  /** Parallel workers of the spark engine. */
  public static final String WORKERS = "train.workers";

  /** Default workers. */
  public static final int WORKERS_DEFAULT = 2;

  /** Minibatch size per worker (and of the local engine). */
  public static final String BATCH_SIZE_PER_WORKER = "train.batch-size-per-worker";

  /** Default minibatch size. */
  public static final int BATCH_SIZE_PER_WORKER_DEFAULT = 64;

  /** Minibatches per worker between parameter averages. */
  public static final String AVERAGING_FREQUENCY = "train.averaging-frequency";

  /** Default averaging frequency. */
  public static final int AVERAGING_FREQUENCY_DEFAULT = 5;

  /** Minibatches each worker prepares ahead. */
  public static final String PREFETCH = "train.prefetch";

  /** Default prefetch. */
  public static final int PREFETCH_DEFAULT = 2;

  /** How DataSets reach the workers: auto, direct or export. */
  public static final String APPROACH = "train.approach";

  /** Default approach. */
  public static final String APPROACH_DEFAULT = "auto";

  /** Export directory of the export approach; unset for dl4j-spark's default. */
  public static final String EXPORT_DIR = "train.export-dir";

  /** The split scored after each epoch. */
  public static final String VALIDATION_SPLIT = "train.validation-split";

  /** Default validation split. */
  public static final String VALIDATION_SPLIT_DEFAULT = "validation";

  /** Cap on validation pairs collected to the driver. */
  public static final String VALIDATION_MAX_IMAGES = "train.validation-max-images";

  /** Default cap on validation pairs. */
  public static final int VALIDATION_MAX_IMAGES_DEFAULT = 1000;

  /** Cap on the train split of the local engine. */
  public static final String LOCAL_MAX_IMAGES = "train.local-max-images";

  /** Default cap of the local engine. */
  public static final int LOCAL_MAX_IMAGES_DEFAULT = 20000;

  /** Checks every field. */
  public TrainConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(earlyStopping, "earlyStopping");
    Objects.requireNonNull(checkpointing, "checkpointing");
    Objects.requireNonNull(augmentation, "augmentation");
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(averaging, "averaging");
    Objects.requireNonNull(validationSplit, "validationSplit");
    requireSet(OUTPUT, output);
    if (input.uri().equals(output)) {
      throw new IllegalArgumentException(
          OUTPUT
              + " must differ from "
              + (input.isImages() ? TrainInput.IMAGES : PAIRS)
              + ", both are '"
              + output
              + "'");
    }
    requireOutside(checkpointing.directory(output), output);
    atLeast(EPOCHS, epochs, 1);
    atLeast(VALIDATION_MAX_IMAGES, validationMaxImages, 0);
    atLeast(LOCAL_MAX_IMAGES, localMaxImages, 1);
    preset.configure(training);
    resolved = Collections.unmodifiableSortedMap(new TreeMap<>(resolved));
  }

  /**
   * The configuration in {@code config}.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static TrainConfig from(ConfigReader config) {
    return new TrainConfig(
        SparkOptions.from(config),
        TrainInput.from(config),
        config.string(OUTPUT),
        Preset.byId(text(config, PRESET, PRESET_DEFAULT)),
        training(config),
        integer(config, EPOCHS, EPOCHS_DEFAULT),
        Engine.byId(text(config, ENGINE, ENGINE_DEFAULT)),
        averaging(config),
        Split.fromLabel(text(config, VALIDATION_SPLIT, VALIDATION_SPLIT_DEFAULT)),
        integer(config, VALIDATION_MAX_IMAGES, VALIDATION_MAX_IMAGES_DEFAULT),
        integer(config, LOCAL_MAX_IMAGES, LOCAL_MAX_IMAGES_DEFAULT),
        Stopping.from(config),
        Checkpointing.from(config),
        new Augmentation(
            config.has(AUGMENT) ? config.bool(AUGMENT) : AUGMENT_DEFAULT, seed(config)),
        config.flatten());
  }

  private static TrainingOptions training(ConfigReader config) {
    double rate =
        config.has(LEARNING_RATE)
            ? config.numberIn(LEARNING_RATE, Double.MIN_VALUE, 1)
            : TrainingOptions.LEARNING_RATE_DEFAULT;
    return new TrainingOptions(
        Loss.byId(text(config, LOSS, LOSS_DEFAULT)),
        rate,
        schedule(config),
        config.has(DROPOUT) ? dropout(config.number(DROPOUT)) : DROPOUT_DEFAULT,
        seed(config));
  }

  private static long seed(ConfigReader config) {
    return config.has(SEED) ? config.longInteger(SEED) : SEED_DEFAULT;
  }

  private static double dropout(double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(DROPOUT + " must be in [0, 1), got " + value);
    }
    return value;
  }

  private static LearningRateSchedule schedule(ConfigReader config) {
    String kind = text(config, SCHEDULE, SCHEDULE_DEFAULT);
    double factor =
        config.has(SCHEDULE_FACTOR) ? config.number(SCHEDULE_FACTOR) : SCHEDULE_FACTOR_DEFAULT;
    int every = integer(config, SCHEDULE_EVERY, SCHEDULE_EVERY_DEFAULT);
    try {
      return switch (LearningRateSchedule.Kind.valueOf(kind.toUpperCase(Locale.ROOT))) {
        case CONSTANT -> LearningRateSchedule.constant();
        case STEP -> LearningRateSchedule.step(factor, every);
        case EXPONENTIAL -> LearningRateSchedule.exponential(factor);
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          SCHEDULE + " '" + kind + "' (constant, step, exponential): " + e.getMessage(), e);
    }
  }

  private static Averaging averaging(ConfigReader config) {
    return new Averaging(
        integer(config, WORKERS, WORKERS_DEFAULT),
        integer(config, BATCH_SIZE_PER_WORKER, BATCH_SIZE_PER_WORKER_DEFAULT),
        integer(config, AVERAGING_FREQUENCY, AVERAGING_FREQUENCY_DEFAULT),
        integer(config, PREFETCH, PREFETCH_DEFAULT),
        Approach.byId(text(config, APPROACH, APPROACH_DEFAULT)),
        config.optionalString(EXPORT_DIR));
  }

  private static String text(ConfigReader config, String key, String fallback) {
    return config.has(key) ? config.string(key) : fallback;
  }

  private static int integer(ConfigReader config, String key, int fallback) {
    return config.has(key) ? config.integer(key) : fallback;
  }

  private static void atLeast(String key, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(key + " must be at least " + min + ", got " + value);
    }
  }

  /** The checkpoint directory must not be, or be inside, the output: a commit replaces that. */
  private static void requireOutside(String checkpoints, String output) {
    String out = Checkpointing.trimSlashes(output);
    String dir = Checkpointing.trimSlashes(checkpoints);
    if (dir.equals(out) || dir.startsWith(out + "/")) {
      throw new IllegalArgumentException(
          Checkpointing.DIR
              + " must be outside "
              + OUTPUT
              + " (the output is replaced when the run commits), got '"
              + checkpoints
              + "'");
    }
  }

  private static void requireSet(String key, String value) {
    Objects.requireNonNull(value, key);
    if (value.isBlank()) {
      throw new IllegalArgumentException(key + " must not be blank");
    }
  }
}
