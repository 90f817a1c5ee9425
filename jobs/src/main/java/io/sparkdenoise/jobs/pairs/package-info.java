/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code pairs} job: reads the images table and writes the pairs table, one noisy/clean pair
 * per image, the noise drawn on the executors from a spec and a seed and keyed by the image id, so
 * the output does not depend on partitioning, order or cluster size. {@link
 * io.sparkdenoise.jobs.pairs.PairsConfig} is the job's configuration, {@link
 * io.sparkdenoise.jobs.pairs.PairsJob} runs it.
 */
package io.sparkdenoise.jobs.pairs;
