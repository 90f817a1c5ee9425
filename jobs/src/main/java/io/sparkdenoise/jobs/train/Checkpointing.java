/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.jobs.config.ConfigReader;
import java.util.List;
import java.util.Optional;

/**
 * The checkpoint and resume settings of the train job. A checkpoint (the network with its updater
 * state, the history so far, the early-stopping state, the resolved config) is committed atomically
 * after every {@code every}-th epoch and after the last one, to {@code dir} or, unset, to {@code
 * <output>-checkpoints} next to the output (never inside it: the output is replaced as a whole when
 * the run commits). Only the latest {@code keep} stay.
 *
 * @param dir the checkpoint directory on any Hadoop file system; empty derives it from the output
 * @param every epochs between checkpoints, 0 for none
 * @param keep checkpoints kept, at least 1
 * @param resume whether to continue from the latest complete checkpoint in the directory
 */
public record Checkpointing(Optional<String> dir, int every, int keep, boolean resume) {
  /** The checkpoint directory; unset: {@code <train.output>-checkpoints}. */
  public static final String DIR = "train.checkpoint.dir";

  /** Suffix of the default checkpoint directory, after the output URI. */
  public static final String DIR_SUFFIX = "-checkpoints";

  /** Epochs between checkpoints; 0 writes none. */
  public static final String EVERY = "train.checkpoint.every";

  /** Checkpoints kept (the latest ones). */
  public static final String KEEP = "train.checkpoint.keep";

  /** Continue from the latest complete checkpoint ({@code --resume}). */
  public static final String RESUME = "train.resume";

  /**
   * The keys a resumed run must share with its checkpoint's run: what shaped the network, the data
   * and the decisions so far. Not among them: {@value TrainConfig#EPOCHS} (raise it to extend a
   * run), the output, the checkpoint settings, the engine and its execution settings (workers,
   * averaging, approach), the patience and the caps of the local engine. The image shape is
   * compared too ({@value TrainJob#IMAGE_SHAPE}).
   */
  public static final List<String> RESUME_KEYS =
      List.of(
          TrainConfig.PRESET,
          TrainConfig.LOSS,
          TrainConfig.LEARNING_RATE,
          TrainConfig.SCHEDULE,
          TrainConfig.SCHEDULE_FACTOR,
          TrainConfig.SCHEDULE_EVERY,
          TrainConfig.SEED,
          TrainConfig.DROPOUT,
          TrainConfig.AUGMENT,
          TrainConfig.LOSS_WEIGHTS_INK,
          TrainConfig.LOSS_WEIGHTS_EDGE,
          TrainConfig.BATCH_SIZE_PER_WORKER,
          TrainConfig.PAIRS,
          TrainInput.IMAGES,
          TrainInput.NOISE,
          TrainInput.NOISE_SEED,
          TrainConfig.VALIDATION_SPLIT,
          TrainConfig.VALIDATION_MAX_IMAGES,
          Stopping.METRIC,
          Stopping.MIN_DELTA,
          TrainJob.IMAGE_SHAPE);

  /** Checks the counts. */
  public Checkpointing {
    if (dir == null) {
      throw new IllegalArgumentException(DIR + " must be given or empty, got null");
    }
    ConfigReader.requireAtLeast(EVERY, every, 0);
    ConfigReader.requireAtLeast(KEEP, keep, 1);
    dir.ifPresent(d -> ConfigReader.requireNonBlank(DIR, d));
  }

  /** The checkpoint directory for a run writing {@code output}. */
  public String directory(String output) {
    return dir.orElseGet(() -> trimSlashes(output) + DIR_SUFFIX);
  }

  /**
   * The settings in {@code config}.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  static Checkpointing from(ConfigReader config) {
    return new Checkpointing(
        config.optionalString(DIR),
        config.integer(EVERY),
        config.integer(KEEP),
        config.bool(RESUME));
  }

  /** {@code uri} without trailing slashes (a root stays as it is). */
  static String trimSlashes(String uri) {
    String trimmed = uri;
    while (trimmed.endsWith("/") && trimmed.length() > 1) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }
}
