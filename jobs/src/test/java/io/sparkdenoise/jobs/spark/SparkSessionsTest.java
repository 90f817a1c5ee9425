/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  private static final SparkOptions OPTIONS =
      new SparkOptions(
          Optional.of("local[3]"),
          "pairs",
          new TreeMap<>(Map.of("spark.sql.shuffle.partitions", "8")));

  @Test
  void withoutSparkSubmitTheConfigDecides() {
    SparkConf conf = SparkSessions.sparkConf(OPTIONS, new SparkConf(false));

    assertThat(conf.get("spark.master")).isEqualTo("local[3]");
    assertThat(conf.get("spark.app.name")).isEqualTo("pairs");
    assertThat(conf.get("spark.sql.shuffle.partitions")).isEqualTo("8");
  }

  @Test
  void whatSparkSubmitSetWins() {
    SparkConf submitted =
        new SparkConf(false).set("spark.master", "yarn").set("spark.sql.shuffle.partitions", "400");

    SparkConf conf = SparkSessions.sparkConf(OPTIONS, submitted);

    assertThat(conf.get("spark.master")).isEqualTo("yarn");
    assertThat(conf.get("spark.sql.shuffle.partitions")).isEqualTo("400");
  }

  @Test
  void theMasterDefaultsToAllLocalCores() {
    SparkConf conf = SparkSessions.sparkConf(SparkOptions.named("x"), new SparkConf(false));

    assertThat(conf.get("spark.master")).isEqualTo("local[*]");
  }

  @Test
  void settingsMustBeSparkProperties() {
    assertThatThrownBy(
            () -> SparkOptions.named("x").withSettings(Map.of("sql.shuffle.partitions", "8")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "spark.settings holds Spark properties, which start with 'spark.', got"
                + " 'sql.shuffle.partitions'");
    assertThatThrownBy(() -> new SparkOptions(Optional.of(" "), "x", new TreeMap<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spark.master must not be blank when set");
  }
}
