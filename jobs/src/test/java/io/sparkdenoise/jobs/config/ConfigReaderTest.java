/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {
  private static final ConfigReader CONFIG =
      new ConfigReader(
          ConfigFactory.parseString(
              "pairs { seed = abc, big = 3000000000, ok = \"12\", frac = 3.5, flag = yes, list = [1] }\n"
                  + "ingest.split { train = 1.5, valid = 0.25, nan = NaN, n = 0 }"));

  @Test
  void readsNumbersWrittenAsNumbersOrAsStrings() {
    assertThat(CONFIG.integer("pairs.ok")).isEqualTo(12);
    assertThat(CONFIG.longInteger("pairs.big")).isEqualTo(3_000_000_000L);
    assertThat(CONFIG.number("ingest.split.valid")).isEqualTo(0.25);
    assertThat(CONFIG.numberIn("ingest.split.valid", 0, 1)).isEqualTo(0.25);
    assertThat(CONFIG.integerIn("ingest.split.n", 0, 4)).isZero();
  }

  @Test
  void integersMustBeIntegersInRange() {
    assertThatThrownBy(() -> CONFIG.integer("pairs.seed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pairs.seed must be an integer, got 'abc'");
    assertThatThrownBy(() -> CONFIG.integer("pairs.big"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pairs.big must be an integer, got '3000000000'");
    assertThatThrownBy(() -> CONFIG.longInteger("pairs.frac"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pairs.frac must be an integer, got '3.5'");
    assertThatThrownBy(() -> CONFIG.integerIn("pairs.ok", 0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pairs.ok must be in [0, 10], got 12");
  }

  @Test
  void numbersMustBeFiniteAndInRange() {
    assertThatThrownBy(() -> CONFIG.numberIn("ingest.split.train", 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ingest.split.train must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> CONFIG.number("ingest.split.nan"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ingest.split.nan must be a number, got 'NaN'");
    assertThatThrownBy(() -> CONFIG.number("pairs.list"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pairs.list must be a number, got '[1]'");
  }

  @Test
  void booleansAreTrueOrFalseOnly() {
    assertThatThrownBy(() -> CONFIG.bool("pairs.flag"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pairs.flag must be true or false, got 'yes'");
  }

  @Test
  void missingKeysSayHowToSetThem() {
    assertThat(CONFIG.optionalString("pairs.none")).isEmpty();
    assertThatThrownBy(() -> CONFIG.string("pairs.none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "missing required setting pairs.none (set it in the config file or pass --conf"
                + " pairs.none=...)");
    assertThatThrownBy(() -> CONFIG.string("pairs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pairs must be a string, got '{");
    assertThatThrownBy(() -> CONFIG.stringMap("pairs.seed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pairs.seed must be an object of key = value settings, got 'abc'");
  }

  @Test
  void aSettingWrittenBothQuotedAndNestedIsRefusedNotResolvedByChance() {
    ConfigReader config =
        new ConfigReader(
            ConfigFactory.parseString(
                "s { \"spark.executor.memory\" = 4g, spark.executor.memory = 6g, spark.x = 1 }"));

    assertThatThrownBy(() -> config.stringMap("s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "s sets spark.executor.memory twice, as the quoted key \"spark.executor.memory\" and"
                + " as nested keys: write it the same way (quoted) in every file");
  }
}
