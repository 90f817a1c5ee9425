/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.SparkConf;

/**
 * How many threads the native kernels (ND4J, oneDNN, OpenMP) of one Spark task may use on the
 * executors. An executor with k cores runs k tasks at once, and each native op would otherwise use
 * every core of the machine: k tasks times all cores threads, spinning against each other. The
 * count reaches the executors as {@code OMP_NUM_THREADS} in their environment ({@value #ENV_KEY}),
 * which both OpenMP and ND4J read when the executor starts; a value the submission set for that
 * property is kept.
 *
 * <p>{@value #INHERIT} (the default) leaves the executors' environment alone; {@value #AUTO} gives
 * each task its {@code spark.task.cpus} (1 unless set); a number gives each task that many. Which
 * is faster depends on the job: the denoise and score jobs share one network per executor JVM and
 * run its forward passes one at a time, so there one thread per task leaves cores idle
 * (BENCHMARKS.md, "Threads per task"), while training tasks each hold their own network. Local
 * masters run their tasks inside the driver's JVM, whose environment is fixed before it starts:
 * there, set {@code OMP_NUM_THREADS} in the launcher's environment instead.
 *
 * @param fixed the threads per task; empty for {@value #AUTO} or {@value #INHERIT}
 * @param inherit whether the executors' environment is left alone
 */
public record TaskThreads(OptionalInt fixed, boolean inherit) {
  /** The value that follows {@code spark.task.cpus}. */
  public static final String AUTO = "auto";

  /** The value that sets nothing. */
  public static final String INHERIT = "inherit";

  /** The Spark property of the executors' {@code OMP_NUM_THREADS}. */
  public static final String ENV_KEY = "spark.executorEnv.OMP_NUM_THREADS";

  private static final String TASK_CPUS = "spark.task.cpus";

  /** Checks that a fixed count is positive and not combined with inherit. */
  public TaskThreads {
    if (fixed.isPresent() && (inherit || fixed.getAsInt() < 1)) {
      throw new IllegalArgumentException(
          "threads per task must be at least 1 and not inherited, got " + fixed.getAsInt());
    }
  }

  /**
   * The setting in {@code text}: {@value #AUTO}, {@value #INHERIT} or a positive number.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static TaskThreads parse(String text) {
    if (text.equals(AUTO)) {
      return new TaskThreads(OptionalInt.empty(), false);
    }
    if (text.equals(INHERIT)) {
      return new TaskThreads(OptionalInt.empty(), true);
    }
    try {
      int n = Integer.parseInt(text);
      if (n >= 1) {
        return new TaskThreads(OptionalInt.of(n), false);
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        "must be " + AUTO + ", " + INHERIT + " or a number of threads of at least 1");
  }

  /** The executors' {@code OMP_NUM_THREADS} for a session configured by {@code conf}, if any. */
  Optional<String> forExecutors(SparkConf conf) {
    if (inherit) {
      return Optional.empty();
    }
    return Optional.of(Integer.toString(fixed.orElse(conf.getInt(TASK_CPUS, 1))));
  }
}
