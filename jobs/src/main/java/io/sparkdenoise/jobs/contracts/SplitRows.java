/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.contracts;

import static org.apache.spark.sql.functions.col;

import io.sparkdenoise.core.plan.Split;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The rows of some splits of a table with a {@code split} column (images, pairs, metrics): the
 * filter behind {@code pairs.splits}, {@code score.splits} and {@code report.splits}, and the
 * message when it leaves nothing, so that each job says the same thing the same way.
 */
public final class SplitRows {
  /** The column holding each row's split label. */
  public static final String COLUMN = "split";

  private SplitRows() {}

  /**
   * An unmodifiable copy of {@code splits}, the value of setting {@code key}.
   *
   * @throws IllegalArgumentException naming the key when there is no split in it
   */
  public static Set<Split> requireSome(String key, Set<Split> splits) {
    if (splits.isEmpty()) {
      throw new IllegalArgumentException(key + " must name at least one split, got none");
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(splits));
  }

  /** The rows of {@code rows} whose split is one of {@code splits}; all of them for every split. */
  public static Dataset<Row> keep(Dataset<Row> rows, Set<Split> splits) {
    if (splits.size() == Split.values().length) {
      return rows;
    }
    return rows.filter(col(COLUMN).isin(splits.stream().map(Split::label).toArray()));
  }

  /**
   * Why {@code key} = {@code splits} left no rows of {@code what}, naming the splits it does have
   * (from {@code all}, its unfiltered rows) and how to ask for them.
   */
  public static String noneLeft(String key, Set<Split> splits, String what, Dataset<Row> all) {
    List<String> present =
        all.select(COLUMN).distinct().orderBy(COLUMN).as(Encoders.STRING()).collectAsList();
    return key
        + " is '"
        + Split.labels(splits)
        + "' but "
        + what
        + (present.isEmpty()
            ? " has no rows at all"
            : " has rows of " + String.join(", ", present) + " only: set " + key + " to those");
  }
}
