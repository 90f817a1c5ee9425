/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Spark jobs, one package each, all of one shape: a command parses the arguments into the job's
 * typed config, a session is made from its {@code spark} block, {@code run(spark, config)} does the
 * work and returns a {@link io.sparkdenoise.jobs.JobResult}, the session stops.
 */
package io.sparkdenoise.jobs;
