/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code train} job: trains a {@link io.sparkdenoise.core.model.Preset} network on the train
 * split of a pairs table (noisy image in, clean image out) with dl4j-spark's synchronous parameter
 * averaging, or on the driver with {@link io.sparkdenoise.core.model.LocalTrainer} for comparison,
 * scores the validation split after every epoch and commits {@code model.zip}, a training-history
 * table and the provenance atomically. {@link io.sparkdenoise.jobs.train.TrainConfig} is the job's
 * configuration, {@link io.sparkdenoise.jobs.train.TrainJob} runs it.
 */
package io.sparkdenoise.jobs.train;
