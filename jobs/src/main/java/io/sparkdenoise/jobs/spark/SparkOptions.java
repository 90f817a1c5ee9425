/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import io.sparkdenoise.jobs.config.ConfigReader;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a job's SparkSession is set up, read from the {@code spark} block of the job config and
 * composed into each job's config record.
 *
 * @param master the master URL to use when spark-submit set none; empty means {@value
 *     #LOCAL_MASTER}
 * @param appName the application name shown in the Spark UI and YARN
 * @param settings extra Spark properties, every key starting with {@code spark.}
 * @param taskThreads the threads of one task's native kernels on the executors ({@value
 *     #THREADS_PER_TASK})
 */
public record SparkOptions(
    Optional<String> master,
    String appName,
    SortedMap<String, String> settings,
    TaskThreads taskThreads) {
  /** Config key of the master URL; unset by default. */
  public static final String MASTER = "spark.master";

  /**
   * The master when neither spark-submit nor the config names one. Not a default in {@code
   * reference.conf}: the resolved config of a cluster run must not claim a local master.
   */
  public static final String LOCAL_MASTER = "local[*]";

  /** Config key of the application name. */
  public static final String APP_NAME = "spark.app-name";

  /** Config key of the threads per task on the executors: auto, inherit or a number. */
  public static final String THREADS_PER_TASK = "spark.threads-per-task";

  /** Config key of the block of extra Spark properties; empty by default. */
  public static final String SETTINGS = "spark.settings";

  private static final String SPARK_PREFIX = "spark.";

  /** Validates the fields and copies the settings. */
  public SparkOptions {
    Objects.requireNonNull(master, "master");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(taskThreads, "taskThreads");
    if (master.isPresent() && master.get().isBlank()) {
      throw new IllegalArgumentException(MASTER + " must not be blank when set");
    }
    if (appName.isBlank()) {
      throw new IllegalArgumentException(APP_NAME + " must not be blank");
    }
    settings = new TreeMap<>(settings);
    for (String key : settings.keySet()) {
      if (!key.startsWith(SPARK_PREFIX)) {
        throw new IllegalArgumentException(
            SETTINGS + " holds Spark properties, which start with 'spark.', got '" + key + "'");
      }
    }
  }

  /** These options with the executors' threads left as they are ({@value TaskThreads#INHERIT}). */
  public SparkOptions(Optional<String> master, String appName, SortedMap<String, String> settings) {
    this(master, appName, settings, TaskThreads.parse(TaskThreads.INHERIT));
  }

  /** Options with no master, the given name and no extra settings. */
  public static SparkOptions named(String appName) {
    return new SparkOptions(Optional.empty(), appName, new TreeMap<>());
  }

  /** The options in the {@code spark} block of a config. */
  public static SparkOptions from(ConfigReader config) {
    return new SparkOptions(
        config.optionalString(MASTER),
        config.string(APP_NAME),
        config.stringMap(SETTINGS),
        config.parsed(THREADS_PER_TASK, TaskThreads::parse));
  }

  /** A copy with {@code settings} added (they win over existing ones with the same key). */
  public SparkOptions withSettings(Map<String, String> more) {
    SortedMap<String, String> merged = new TreeMap<>(settings);
    merged.putAll(more);
    return new SparkOptions(master, appName, merged, taskThreads);
  }
}
