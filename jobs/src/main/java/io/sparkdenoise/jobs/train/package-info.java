/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code train} job: trains a {@link io.sparkdenoise.core.model.Preset} network on the train
 * split of a pairs table (noisy image in, clean image out) with dl4j-spark's synchronous parameter
 * averaging, or on the driver with {@link io.sparkdenoise.core.model.LocalTrainer} for comparison,
 * scores the validation split after every epoch and commits {@code model.zip}, a training-history
 * table, {@code curves.png} and the provenance atomically. It also trains from an images table with
 * fresh noise per epoch ({@link io.sparkdenoise.jobs.train.TrainInput}), with augmentation and
 * dropout, stops early ({@link io.sparkdenoise.jobs.train.Stopping}), checkpoints and resumes
 * ({@link io.sparkdenoise.jobs.train.Checkpointing}). {@link
 * io.sparkdenoise.jobs.train.TrainConfig} is the job's configuration, {@link
 * io.sparkdenoise.jobs.train.TrainJob} runs it.
 */
package io.sparkdenoise.jobs.train;
