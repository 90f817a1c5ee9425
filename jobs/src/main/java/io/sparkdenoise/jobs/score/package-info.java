/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code score} job: denoises a whole pairs table (or an images table with noise made on the
 * executors) with the classical baselines and, optionally, a trained model, and writes per image
 * and method PSNR, SSIM, MSE and the reference-free sigma estimate into one {@code run_id=<id>}
 * partition of the metrics table, for analysts to query with SQL. {@link
 * io.sparkdenoise.jobs.score.ScoreConfig} is the job's configuration, {@link
 * io.sparkdenoise.jobs.score.ScoreJob} runs it.
 */
package io.sparkdenoise.jobs.score;
