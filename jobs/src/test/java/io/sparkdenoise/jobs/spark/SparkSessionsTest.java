/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.jobs.config.ConfigLayers;
import java.util.List;
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
  void byDefaultTheExecutorsEnvironmentIsLeftAlone() {
    SparkOptions defaults = SparkOptions.from(ConfigLayers.load(Optional.empty(), List.of()));

    assertThat(SparkSessions.sparkConf(defaults, cluster()).contains(TaskThreads.ENV_KEY))
        .isFalse();
    assertThat(SparkSessions.sparkConf(OPTIONS, cluster()).contains(TaskThreads.ENV_KEY)).isFalse();
  }

  @Test
  void withAutoClusterExecutorsGetOneNativeThreadPerTaskCpu() {
    SparkOptions auto = withThreads("auto");

    SparkConf one = SparkSessions.sparkConf(auto, cluster());
    SparkConf two = SparkSessions.sparkConf(auto, cluster().set("spark.task.cpus", "2"));

    assertThat(one.get(TaskThreads.ENV_KEY)).isEqualTo("1");
    assertThat(two.get(TaskThreads.ENV_KEY)).isEqualTo("2");
  }

  @Test
  void aFixedCountOrTheSubmissionsOwnValueWinsAndInheritSetsNothing() {
    SparkOptions three = withThreads("3");

    assertThat(SparkSessions.sparkConf(three, cluster()).get(TaskThreads.ENV_KEY)).isEqualTo("3");
    assertThat(
            SparkSessions.sparkConf(three, cluster().set(TaskThreads.ENV_KEY, "8"))
                .get(TaskThreads.ENV_KEY))
        .isEqualTo("8");
    assertThat(
            SparkSessions.sparkConf(withThreads("inherit"), cluster())
                .contains(TaskThreads.ENV_KEY))
        .isFalse();
  }

  @Test
  void localMastersRunTasksInTheDriverSoNothingIsSet() {
    assertThat(
            SparkSessions.sparkConf(withThreads("auto"), new SparkConf(false))
                .contains(TaskThreads.ENV_KEY))
        .isFalse();
  }

  @Test
  void threadsPerTaskAreAutoInheritOrAPositiveNumber() {
    assertThatThrownBy(() -> withThreads("0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "spark.threads-per-task '0': must be auto, inherit or a number of threads of at least"
                + " 1");
    assertThatThrownBy(() -> withThreads("all"))
        .hasMessageStartingWith("spark.threads-per-task 'all'");
  }

  private static SparkConf cluster() {
    return new SparkConf(false).set("spark.master", "spark://127.0.0.1:7077");
  }

  private static SparkOptions withThreads(String value) {
    return SparkOptions.from(
        ConfigLayers.load(Optional.empty(), List.of(SparkOptions.THREADS_PER_TASK + "=" + value)));
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
