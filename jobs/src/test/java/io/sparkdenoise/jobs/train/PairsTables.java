/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.pairs.ImagesTables;
import io.sparkdenoise.jobs.pairs.PairsConfig;
import io.sparkdenoise.jobs.pairs.PairsJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Tiny pairs tables for the train tests, written by the pairs job from an images table of smooth 16
 * x 16 gray images: splits in turn train, validation, test.
 */
public final class PairsTables {
  private PairsTables() {}

  /**
   * Writes {@code count} smooth images under {@code dir/images} and their pairs with {@code noise}
   * to {@code dir/pairs}, with more pairs settings ({@code key=value}) if given.
   *
   * @return the pairs table's URI
   */
  public static String write(
      SparkSession spark, String dir, int count, String noise, String... pairsSettings)
      throws IOException {
    String images =
        ImagesTables.write(
            spark,
            dir + "/images",
            ImagesTables.rows(
                count,
                i -> SyntheticImages.smoothGray("smooth", ImagesTables.SIZE, ImagesTables.SIZE, i)),
            2);
    List<String> settings =
        new ArrayList<>(
            List.of(
                PairsConfig.IMAGES + "=" + images,
                PairsConfig.OUTPUT + "=" + dir + "/pairs",
                PairsConfig.NOISE + "=" + noise));
    settings.addAll(List.of(pairsSettings));
    PairsConfig config = PairsConfig.from(ConfigLayers.load(Optional.empty(), settings));
    return PairsJob.run(spark, config).output();
  }
}
