/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import com.holdenkarau.spark.testing.SparkSessionProvider$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * spark-testing-base's DataFrame equality (schema, then rows in order) on the shared session.
 *
 * <p>Its JUnit 4 lifecycle ({@code runBefore}) is deliberately not called: it constructs a second
 * SparkContext, which Spark refuses while the shared one runs. Its assertions only need the session
 * it keeps in {@code SparkSessionProvider}, so that is pointed at {@link SharedSpark#session()}.
 */
public final class DataFrameAssertions {
  private static final JavaDataFrameSuiteBase SUITE = new JavaDataFrameSuiteBase();

  private DataFrameAssertions() {}

  /** Fails unless both have equal schemas and equal rows in the same order. */
  public static void assertDataFrameEquals(Dataset<Row> expected, Dataset<Row> actual) {
    SparkSessionProvider$.MODULE$._sparkSession_$eq(SharedSpark.session());
    // from Java the Scala default of the third argument (how to show a mismatch) must be spelled
    // out
    SUITE.assertDataFrameEquals(expected, actual, SUITE.assertDataFrameEquals$default$3());
  }
}
