/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import io.sparkdenoise.core.ingest.Rejection;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A {@link Rejection} as a row of a rejects table (data-schemas/rejects.json, in its column order),
 * for every job that reads files and keeps those it cannot use: ingest and pairs.
 */
public final class RejectRows {
  private RejectRows() {}

  /** The row of {@code r}. */
  public static Row of(Rejection r) {
    return RowFactory.create(
        r.sourceUri(), r.page(), r.reason(), r.message(), r.sourceBytes(), r.sourceSha256());
  }
}
