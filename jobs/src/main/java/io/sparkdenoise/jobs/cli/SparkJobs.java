/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.JobResult;
import io.sparkdenoise.jobs.spark.SparkOptions;
import io.sparkdenoise.jobs.spark.SparkSessions;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * Runs a job body in a session made from the job's {@code spark} options, prints the result as the
 * last stdout line (one JSON object) and stops the session, whatever happened. A session that was
 * already running when the command started (the launcher run in-process by a test or a notebook) is
 * reused and left running: it belongs to its creator.
 */
final class SparkJobs {
  /** Set on a thread that checks a command line ({@link #reachesSession}): no session starts. */
  private static final ThreadLocal<Boolean> CHECK_ONLY = ThreadLocal.withInitial(() -> false);

  private SparkJobs() {}

  /** A job's {@code run(spark, config)} with its config bound. */
  interface Body {
    /** Runs the job in {@code spark}. */
    JobResult run(SparkSession spark) throws Exception;
  }

  /** Work that needs a session and returns a value, e.g. a query that prints its rows. */
  interface Work<T> {
    /** Does the work in {@code spark}. */
    T run(SparkSession spark) throws Exception;
  }

  /** Runs {@code body} and prints its summary; returns exit code 0. */
  static int run(Console console, SparkOptions options, Body body) throws Exception {
    JobResult result = inSession(options, body::run);
    console.result(JsonLine.of(result.summary()));
    return 0;
  }

  /**
   * Runs {@code work} in the session for {@code options} and stops that session afterwards, unless
   * it was running before this call.
   */
  static <T> T inSession(SparkOptions options, Work<T> work) throws Exception {
    if (CHECK_ONLY.get()) {
      throw new NotStarted();
    }
    boolean alreadyRunning =
        isRunning(SparkSession.getActiveSession()) || isRunning(SparkSession.getDefaultSession());
    SparkSession spark = SparkSessions.create(options);
    try {
      return work.run(spark);
    } finally {
      if (!alreadyRunning) {
        spark.stop();
      }
    }
  }

  /**
   * Runs a command's {@code call} up to the point where its job would start a session, and no
   * further: its arguments parsed, its configuration resolved and checked, nothing else done. What
   * the tests of the documented command lines (README, docs/, deploy/) use.
   *
   * @return whether the command got there; a refusal before it (bad arguments or configuration) is
   *     thrown as the command throws it
   */
  static boolean reachesSession(Callable<?> command) throws Exception {
    CHECK_ONLY.set(true);
    try {
      command.call();
      return false;
    } catch (NotStarted e) {
      return true;
    } finally {
      CHECK_ONLY.remove();
    }
  }

  /** Thrown instead of starting a session while a command line is only checked. */
  private static final class NotStarted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotStarted() {
      super("the job would start here", null, false, false);
    }
  }

  private static boolean isRunning(Option<SparkSession> session) {
    return session.isDefined() && !session.get().sparkContext().isStopped();
  }
}
