/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Spark jobs, one package each, all of one shape: a command parses the arguments into the job's
 * typed config, a session is made from its {@code spark} block, {@code run(spark, config)} does the
 * work and returns a {@link io.sparkdenoise.jobs.JobResult}, the session stops.
 *
 * <p>Layers, each importing only what stands below it (the build checks them, {@code
 * ArchitectureTest}):
 *
 * <ol>
 *   <li>the launcher: {@code cli}, whose {@code SparkDenoise} is the one {@code main} (also for
 *       spark-submit), and the commands that chain other jobs, {@code demo} and {@code notebook};
 *   <li>the jobs: {@code ingest}, {@code pairs}, {@code train}, {@code score}, {@code denoise},
 *       {@code pages}, {@code report}, {@code tables}; none imports another;
 *   <li>what they share: {@code contracts} (one per table: the only way a job reads another's
 *       output), {@code executor} (Hadoop configuration, file listing, model loading, pair rows),
 *       {@code spark} (sessions, atomic commit, schemas, provenance files), {@code config} (layered
 *       HOCON, checked reads) and this package ({@link io.sparkdenoise.jobs.JobResult}, {@link
 *       io.sparkdenoise.jobs.Stopwatch});
 *   <li>core.
 * </ol>
 */
package io.sparkdenoise.jobs;
