/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.config;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.plan.SplitPlanner;

/**
 * The settings every job that decodes and tiles page files reads under its own block (ingest's,
 * pairs' real mode): {@code split.train|validation|test}, {@code tile.size|stride} and {@code
 * max-pixels}, {@code max-pages}; one reading of them, so the jobs agree on what they mean.
 */
public final class PageSettings {
  private PageSettings() {}

  /** The split fractions under {@code block}, e.g. {@code ingest.split.train}. */
  public static SplitPlanner splits(ConfigReader config, String block) {
    return new SplitPlanner(
        config.numberIn(block + ".split.train", 0, 1),
        config.numberIn(block + ".split.validation", 0, 1),
        config.numberIn(block + ".split.test", 0, 1));
  }

  /** The tile side under {@code block}, 0 for whole pages. */
  public static int tileSize(ConfigReader config, String block) {
    return config.integerIn(block + ".tile.size", 0, Integer.MAX_VALUE);
  }

  /** The step between tiles under {@code block}; its 0 means the tile size. */
  public static int tileStride(ConfigReader config, String block) {
    int stride = config.integerIn(block + ".tile.stride", 0, Integer.MAX_VALUE);
    return stride == 0 ? tileSize(config, block) : stride;
  }

  /** The decode limits under {@code block}: its max-pixels and max-pages. */
  public static DecodeLimits limits(ConfigReader config, String block) {
    return new DecodeLimits(
        config.longIntegerAtLeast(block + ".max-pixels", 1),
        config.integerIn(block + ".max-pages", 1, Integer.MAX_VALUE));
  }
}
