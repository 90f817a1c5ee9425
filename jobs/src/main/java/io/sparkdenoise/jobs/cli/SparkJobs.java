/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.JobResult;
import io.sparkdenoise.jobs.spark.SparkOptions;
import io.sparkdenoise.jobs.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a job body in a session made from the job's {@code spark} options, prints the result as the
 * last stdout line (one JSON object) and stops the session, whatever happened; a session that was
 * already running in this JVM before (its owner's, e.g. a test fixture's) is used and left running.
 */
final class SparkJobs {
  private SparkJobs() {}

  /** A job's {@code run(spark, config)} with its config bound. */
  interface Body {
    /** Runs the job in {@code spark}. */
    JobResult run(SparkSession spark) throws Exception;
  }

  /** Runs {@code body} and prints its summary; returns exit code 0. */
  static int run(Console console, SparkOptions options, Body body) throws Exception {
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSessions.create(options);
    try {
      JobResult result = body.run(spark);
      console.result(JsonLine.of(result.summary()));
      return 0;
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }
}
