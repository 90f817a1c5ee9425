/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.LearningRateSchedule;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.OutputActivation;
import io.sparkdenoise.core.model.PixelWeights;
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
import java.util.Optional;
import java.util.OptionalInt;
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
 * @param initModel the model to start from ({@value #INIT_MODEL}) instead of random weights: then
 *     the preset and loss are that model's, and the settings of {@value #FINE_TUNE} replace their
 *     twins that were not set
 * @param keepInit the share of {@code initModel}'s weights kept in the model written ({@value
 *     #KEEP_INIT}), in [0, 1]: 0 writes the fine-tuned weights, 0.5 their midpoint with the start's
 * @param training loss, learning rate, schedule, dropout, initialisation seed and channels
 * @param channels the image channels asked for ({@value #CHANNELS}): 1 or 3, or empty for auto,
 *     decided from the train rows ({@link #withChannels}) or taken from the model fine-tuned
 * @param epochsAsked passes over the train split, at least 1, or empty for auto: decided from the
 *     train split's size by {@code autoEpochs} ({@link #withEpochsFor})
 * @param autoEpochs how auto decides the epochs
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
    Optional<String> initModel,
    double keepInit,
    TrainingOptions training,
    OptionalInt channels,
    OptionalInt epochsAsked,
    AutoEpochs autoEpochs,
    Engine engine,
    Averaging averaging,
    Split validationSplit,
    int validationMaxImages,
    int localMaxImages,
    EarlyStopping earlyStopping,
    Checkpointing checkpointing,
    Augmentation augmentation,
    PixelWeights lossWeights,
    SortedMap<String, String> resolved) {
  /** URI of the pairs table; exactly one of this and {@value TrainInput#IMAGES} is required. */
  public static final String PAIRS = "train.pairs";

  /** URI of the output directory; required. */
  public static final String OUTPUT = "train.output";

  /**
   * The model to fine-tune: {@code default} (the built-in document model), a model directory or a
   * model zip; unset trains from random weights.
   */
  public static final String INIT_MODEL = "train.init-model";

  /**
   * The block of fine-tuning defaults: each of its settings (epochs, learning rate, batch size,
   * engine) replaces its {@code train.*} twin in a run with {@value #INIT_MODEL}, unless that twin
   * was set.
   */
  public static final String FINE_TUNE = "train.fine-tune";

  private static final String TRAIN_BLOCK = "train";

  /**
   * Share of the starting model's weights kept in the model a fine-tune writes ({@link
   * io.sparkdenoise.core.model.Dl4jNetwork#interpolated}); 0 without {@value #INIT_MODEL}.
   */
  public static final String KEEP_INIT = "train.keep-init";

  /** Preset name (seed, seed-bn, transpose, transpose-bn, dncnn, document). */
  public static final String PRESET = "train.preset";

  /** Loss: bce, mse or l1. */
  public static final String LOSS = "train.loss";

  /**
   * The output layer's activation: auto (the loss's usual one: sigmoid for bce, linear-clip for mse
   * and l1), sigmoid or linear-clip.
   */
  public static final String OUTPUT_ACTIVATION = "train.output-activation";

  /** The {@value #OUTPUT_ACTIVATION} value that takes the loss's usual output. */
  public static final String OUTPUT_AUTO = "auto";

  /**
   * Channels of the network: auto (3 when every training image is colour, else 1), 1 (gray; a
   * colour image trains as three gray planes) or 3 (RGB; a gray image is repeated in three).
   */
  public static final String CHANNELS = "train.channels";

  /** The {@value #CHANNELS} value that decides from the train rows. */
  public static final String CHANNELS_AUTO = "auto";

  /** Adam's initial learning rate, in (0, 1]. */
  public static final String LEARNING_RATE = "train.learning-rate";

  /** Schedule shape: constant, step or exponential. */
  public static final String SCHEDULE = "train.schedule";

  /** Decay factor of step and exponential schedules, in (0, 1]. */
  public static final String SCHEDULE_FACTOR = "train.schedule-factor";

  /** Epochs per step of a step schedule. */
  public static final String SCHEDULE_EVERY = "train.schedule-every";

  /** Probability of dropping an activation at the input of each hidden convolution, in [0, 1). */
  public static final String DROPOUT = "train.dropout";

  /** Flip/rotate augmentation of the training pairs, drawn per image and epoch. */
  public static final String AUGMENT = "train.augment";

  /** The extra loss weight of the clean targets' ink: {@link PixelWeights#ink()}, at least 0. */
  public static final String LOSS_WEIGHTS_INK = "train.loss-weights.ink";

  /**
   * The border of each training image, in pixels, left out of the loss: {@link
   * PixelWeights#edge()}.
   */
  public static final String LOSS_WEIGHTS_EDGE = "train.loss-weights.edge";

  /** Passes over the train split, or auto ({@link AutoEpochs}). */
  public static final String EPOCHS = "train.epochs";

  /** The {@value #EPOCHS} value that decides from the train split's size. */
  public static final String EPOCHS_AUTO = "auto";

  /** Seed of the weight initialisation, the training master, the shuffles and the augmentation. */
  public static final String SEED = "train.seed";

  /** Engine: spark or local. */
  public static final String ENGINE = "train.engine";

  /** Parallel workers of the spark engine. */
  public static final String WORKERS = "train.workers";

  /** Minibatch size per worker (and of the local engine). */
  public static final String BATCH_SIZE_PER_WORKER = "train.batch-size-per-worker";

  /** Minibatches per worker between parameter averages. */
  public static final String AVERAGING_FREQUENCY = "train.averaging-frequency";

  /** Minibatches each worker prepares ahead. */
  public static final String PREFETCH = "train.prefetch";

  /** How DataSets reach the workers: auto, direct or export. */
  public static final String APPROACH = "train.approach";

  /** Export directory of the export approach; unset for dl4j-spark's default. */
  public static final String EXPORT_DIR = "train.export-dir";

  /** The split scored after each epoch. */
  public static final String VALIDATION_SPLIT = "train.validation-split";

  /** Cap on validation pairs collected to the driver. */
  public static final String VALIDATION_MAX_IMAGES = "train.validation-max-images";

  /** Cap on the train split of the local engine. */
  public static final String LOCAL_MAX_IMAGES = "train.local-max-images";

  /** Checks every field. */
  public TrainConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(earlyStopping, "earlyStopping");
    Objects.requireNonNull(checkpointing, "checkpointing");
    Objects.requireNonNull(augmentation, "augmentation");
    Objects.requireNonNull(lossWeights, "lossWeights");
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(initModel, "initModel");
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(epochsAsked, "epochsAsked");
    Objects.requireNonNull(autoEpochs, "autoEpochs");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(averaging, "averaging");
    Objects.requireNonNull(validationSplit, "validationSplit");
    ConfigReader.requireNonBlank(OUTPUT, output);
    if (input.tables().contains(output)) {
      throw new IllegalArgumentException(
          OUTPUT
              + " must differ from "
              + (input.isImages() ? TrainInput.IMAGES : PAIRS)
              + ", both are '"
              + output
              + "'");
    }
    requireOutside(checkpointing.directory(output), output);
    ConfigReader.requireIn(KEEP_INIT, keepInit, 0, 1);
    if (keepInit > 0 && initModel.isEmpty()) {
      throw new IllegalArgumentException(
          KEEP_INIT
              + " = "
              + keepInit
              + " keeps the weights of "
              + INIT_MODEL
              + ", which is not set");
    }
    epochsAsked.ifPresent(e -> ConfigReader.requireAtLeast(EPOCHS, e, 1));
    ConfigReader.requireAtLeast(VALIDATION_MAX_IMAGES, validationMaxImages, 0);
    ConfigReader.requireAtLeast(LOCAL_MAX_IMAGES, localMaxImages, 1);
    preset.configure(training);
    resolved = Collections.unmodifiableSortedMap(new TreeMap<>(resolved));
  }

  /**
   * The configuration in {@code config}.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static TrainConfig from(ConfigReader given) {
    Optional<String> initModel = given.optionalString(INIT_MODEL).filter(s -> !s.isBlank());
    ConfigReader config =
        initModel.isPresent() ? given.withDefaultsFrom(FINE_TUNE, TRAIN_BLOCK) : given;
    return new TrainConfig(
        SparkOptions.from(config),
        TrainInput.from(config),
        config.string(OUTPUT),
        Preset.byId(config.string(PRESET)),
        initModel,
        config.number(KEEP_INIT),
        training(config),
        channels(config),
        epochs(config),
        AutoEpochs.from(config),
        Engine.byId(config.string(ENGINE)),
        averaging(config),
        Split.fromLabel(config.string(VALIDATION_SPLIT)),
        config.integer(VALIDATION_MAX_IMAGES),
        config.integer(LOCAL_MAX_IMAGES),
        Stopping.from(config),
        Checkpointing.from(config),
        new Augmentation(config.bool(AUGMENT), config.longInteger(SEED)),
        lossWeights(config),
        config.flatten());
  }

  private static TrainingOptions training(ConfigReader config) {
    Loss loss = Loss.byId(config.string(LOSS));
    return new TrainingOptions(
        loss,
        config.numberIn(LEARNING_RATE, Double.MIN_VALUE, 1),
        schedule(config),
        dropout(config.number(DROPOUT)),
        config.longInteger(SEED),
        output(config, loss),
        channels(config).orElse(Image.GRAY));
  }

  private static PixelWeights lossWeights(ConfigReader config) {
    double ink = config.number(LOSS_WEIGHTS_INK);
    if (ink < 0) {
      throw new IllegalArgumentException(LOSS_WEIGHTS_INK + " must be at least 0, got " + ink);
    }
    return new PixelWeights(ink, config.integerAtLeast(LOSS_WEIGHTS_EDGE, 0));
  }

  private static OptionalInt epochs(ConfigReader config) {
    return config.string(EPOCHS).equals(EPOCHS_AUTO)
        ? OptionalInt.empty()
        : OptionalInt.of(config.integer(EPOCHS));
  }

  private static OptionalInt channels(ConfigReader config) {
    String value = config.string(CHANNELS);
    return switch (value) {
      case CHANNELS_AUTO -> OptionalInt.empty();
      case "1" -> OptionalInt.of(Image.GRAY);
      case "3" -> OptionalInt.of(Image.RGB);
      default ->
          throw new IllegalArgumentException(
              CHANNELS + " must be auto, 1 or 3, got '" + value + "'");
    };
  }

  private static OutputActivation output(ConfigReader config, Loss loss) {
    if (config.string(OUTPUT_ACTIVATION).equals(OUTPUT_AUTO)) {
      return OutputActivation.forLoss(loss);
    }
    OutputActivation output = config.parsed(OUTPUT_ACTIVATION, OutputActivation::byId);
    if (loss == Loss.BCE && output != OutputActivation.SIGMOID) {
      throw new IllegalArgumentException(
          OUTPUT_ACTIVATION
              + " is "
              + output.id()
              + " but "
              + LOSS
              + " bce needs the sigmoid (its outputs are probabilities)");
    }
    return output;
  }

  private static double dropout(double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(DROPOUT + " must be in [0, 1), got " + value);
    }
    return value;
  }

  private static LearningRateSchedule schedule(ConfigReader config) {
    String kind = config.string(SCHEDULE);
    double factor = config.number(SCHEDULE_FACTOR);
    int every = config.integer(SCHEDULE_EVERY);
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
        config.integer(WORKERS),
        config.integer(BATCH_SIZE_PER_WORKER),
        config.integer(AVERAGING_FREQUENCY),
        config.integer(PREFETCH),
        Approach.byId(config.string(APPROACH)),
        config.optionalString(EXPORT_DIR));
  }

  /**
   * This configuration with the network of the model it fine-tunes: that model's preset, loss,
   * output and channels, with this run's learning rate, schedule, dropout and seed.
   */
  TrainConfig withNetworkOf(
      Preset modelPreset, Loss modelLoss, OutputActivation modelOutput, int modelChannels) {
    return with(
        modelPreset,
        new TrainingOptions(
            modelLoss,
            training.learningRate(),
            training.schedule(),
            training.dropout(),
            training.seed(),
            modelOutput,
            modelChannels),
        OptionalInt.of(modelChannels),
        epochsAsked);
  }

  /** This configuration with a network of {@code decided} channels (what auto decided). */
  TrainConfig withChannels(int decided) {
    return with(preset, training.withChannels(decided), OptionalInt.of(decided), epochsAsked);
  }

  /**
   * This configuration with its epochs decided for a train split of {@code trainImages} images: the
   * epochs asked for, or what {@link AutoEpochs} makes of the split when auto.
   */
  TrainConfig withEpochsFor(long trainImages) {
    int decided = epochsAsked.orElseGet(() -> autoEpochs.epochsFor(trainImages));
    return with(preset, training, channels, OptionalInt.of(decided));
  }

  /**
   * Passes over the train split.
   *
   * @throws IllegalStateException when auto has not been decided yet ({@link #withEpochsFor})
   */
  public int epochs() {
    return epochsAsked.orElseThrow(
        () -> new IllegalStateException(EPOCHS + " is auto and not decided yet"));
  }

  private TrainConfig with(
      Preset newPreset,
      TrainingOptions newTraining,
      OptionalInt newChannels,
      OptionalInt newEpochs) {
    return new TrainConfig(
        spark,
        input,
        output,
        newPreset,
        initModel,
        keepInit,
        newTraining,
        newChannels,
        newEpochs,
        autoEpochs,
        engine,
        averaging,
        validationSplit,
        validationMaxImages,
        localMaxImages,
        earlyStopping,
        checkpointing,
        augmentation,
        lossWeights,
        resolved);
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
}
