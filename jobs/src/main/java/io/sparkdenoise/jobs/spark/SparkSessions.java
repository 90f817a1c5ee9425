/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the SparkSession of a job: the only place in {@code jobs} that builds one.
 *
 * <p>Precedence, highest first: what spark-submit (its {@code --master}, {@code --conf} and {@code
 * spark-defaults.conf}, which reach the driver as {@code spark.*} system properties) set; then
 * {@link SparkOptions}; then {@value SparkOptions#LOCAL_MASTER} as the master. So a config file
 * written for local runs cannot pull a YARN or Kubernetes submission back to local mode.
 * (spark-submit always sets the application name, to the main class unless given {@code --name}.)
 *
 * <p>On a cluster master the executors also get their native threads per task when {@link
 * TaskThreads} asks for a count, unless the submission set {@value TaskThreads#ENV_KEY} itself.
 */
public final class SparkSessions {
  private static final String MASTER_KEY = "spark.master";
  private static final String LOCAL_PREFIX = "local";

  private SparkSessions() {}

  /** The session for these options (the active one if a session with the same context exists). */
  public static SparkSession create(SparkOptions options) {
    return SparkSession.builder().config(sparkConf(options, new SparkConf())).getOrCreate();
  }

  /**
   * {@code submitted} (the properties spark-submit set) completed with {@code options}; modifies
   * and returns {@code submitted}.
   */
  static SparkConf sparkConf(SparkOptions options, SparkConf submitted) {
    submitted.setIfMissing(MASTER_KEY, options.master().orElse(SparkOptions.LOCAL_MASTER));
    submitted.setIfMissing("spark.app.name", options.appName());
    options.settings().forEach(submitted::setIfMissing);
    if (!submitted.get(MASTER_KEY).startsWith(LOCAL_PREFIX)) {
      options
          .taskThreads()
          .forExecutors(submitted)
          .ifPresent(n -> submitted.setIfMissing(TaskThreads.ENV_KEY, n));
    }
    return submitted;
  }
}
