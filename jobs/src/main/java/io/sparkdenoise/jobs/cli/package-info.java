/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The launcher, the top layer of jobs: {@link io.sparkdenoise.jobs.cli.SparkDenoise} is the only
 * {@code main} in jobs ({@code bin/spark-denoise}, {@code spark-submit --class} and every deploy/
 * manifest run it with the command first), and each command is one picocli class here. A Spark
 * job's command turns its flags into overrides of the job's config keys ({@link
 * io.sparkdenoise.jobs.cli.JobOptions}: reference.conf, {@code --config}, {@code --conf}, then the
 * flags), builds the job's config record, and lets {@code SparkJobs} run the job in a session and
 * print its result as the last stdout line; the flags' help shows reference.conf's defaults ({@code
 * ReferenceDefaults}), so no default is written here. The commands that need no session ({@code
 * metrics}, {@code noise}, {@code glyphs}, {@code backend}, {@code conf}, {@code tables ddl}) run
 * in the launcher's JVM alone.
 *
 * <p>Every failure a user can cause ends as one line on stderr and exit code 1 (unusable input) or
 * 2 (bad arguments), never a stack trace. The package may import every job package; nothing below
 * it imports it, which is what keeps the packages free of cycles.
 */
package io.sparkdenoise.jobs.cli;
