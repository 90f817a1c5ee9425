/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How dl4j-spark hands the DataSets to its workers. {@link #EXPORT} (the default, on every master)
 * first writes the minibatches as files to a directory every executor can read (on a cluster that
 * must be a shared file system such as HDFS: dl4j-spark's default is {@code hadoop.tmp.dir/dl4j/}
 * on the default file system); {@link #DIRECT} trains on the persisted RDD itself, which costs
 * twice the time per epoch on {@code local[2]} (BENCHMARKS.md, "Time-to-quality"): each averaging
 * round splits, counts and shuffles the single examples again and merges them into minibatches.
 */
public enum Approach {
  /** Train on the persisted RDD. */
  DIRECT,
  /** Export the minibatches to files first, once for data that stays the same. */
  EXPORT;

  /** The name in configs: {@code direct} or {@code export}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The approach named {@code id}.
   *
   * @throws IllegalArgumentException listing the known names when there is no such approach
   */
  public static Approach byId(String id) {
    for (Approach a : values()) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        TrainConfig.APPROACH
            + " must be one of "
            + Arrays.stream(values()).map(Approach::id).collect(Collectors.joining(", "))
            + ", got "
            + id);
  }
}
