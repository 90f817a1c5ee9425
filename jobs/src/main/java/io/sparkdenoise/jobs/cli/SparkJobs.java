/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.JobResult;
import io.sparkdenoise.jobs.spark.SparkOptions;
import io.sparkdenoise.jobs.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * Runs a job body in a session made from the job's {@code spark} options, prints the result as the
 * last stdout line (one JSON object) and stops the session, whatever happened. A session that was
 * already running when the command started (the launcher run in-process by a test or a notebook) is
 * reused and left running: it belongs to its creator.
 */
final class SparkJobs {
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

  private static boolean isRunning(Option<SparkSession> session) {
    return session.isDefined() && !session.get().sparkContext().isStopped();
  }
}
