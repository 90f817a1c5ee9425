/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plan;

import java.io.Serializable;

/**
 * Assigns images to train/validation/test from a hash of their id, with configurable fractions: an
 * image's split never changes between runs, whatever else is ingested with it. Immutable and
 * serializable, so Spark executors can run it.
 *
 * @param train fraction of images for training, in [0, 1]
 * @param validation fraction for validation, in [0, 1]
 * @param test fraction held out for testing, in [0, 1]; the three add up to 1
 */
public record SplitPlanner(double train, double validation, double test) implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final double SUM_TOLERANCE = 1e-9;
  private static final String PURPOSE = "split";

  /** Checks every fraction and their sum. */
  public SplitPlanner {
    check("train", train);
    check("validation", validation);
    check("test", test);
    double sum = train + validation + test;
    if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          "split fractions must add up to 1, got train "
              + train
              + " + validation "
              + validation
              + " + test "
              + test
              + " = "
              + sum);
    }
  }

  /** The split of the image with this id. */
  public Split splitOf(String imageId) {
    double u = ImageIds.unitInterval(imageId, PURPOSE);
    if (u < train) {
      return Split.TRAIN;
    }
    return u < train + validation ? Split.VALIDATION : Split.TEST;
  }

  private static void check(String name, double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException(
          "split fraction " + name + " must be in [0, 1], got " + fraction);
    }
  }
}
