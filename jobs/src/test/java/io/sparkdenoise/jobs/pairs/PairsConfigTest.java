/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.jobs.config.ConfigLayers;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PairsConfigTest {
  private static PairsConfig config(String... overrides) {
    List<String> all = new ArrayList<>(List.of("pairs.images=in", "pairs.output=out"));
    all.addAll(List.of(overrides));
    return PairsConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  @Test
  void onlyTheTablesAndTheNoiseAreRequiredTheRestHasDefaults() {
    PairsConfig config = config("pairs.noise=gaussian:sigma=5..50");

    assertThat(config.images()).isEqualTo("in");
    assertThat(config.output()).isEqualTo("out");
    assertThat(config.noise()).isEqualTo(new PairNoise(NoiseSpec.parse("gaussian:sigma=5..50"), 0));
    assertThat(config.splits()).isEqualTo(EnumSet.allOf(Split.class));
    assertThat(config.partitions()).isZero();
    assertThat(config.resolved())
        .containsEntry(PairsConfig.NOISE, "gaussian:sigma=5..50")
        .containsEntry(PairsConfig.SEED, "0")
        .containsEntry(PairsConfig.SPLITS, "train,validation,test");
  }

  @Test
  void everySettingCanBeOverridden() {
    PairsConfig config =
        config(
            "pairs.noise=poisson:peak=10",
            "pairs.seed=-42",
            "pairs.splits= validation ,test",
            "pairs.partitions=7");

    assertThat(config.noise().seed()).isEqualTo(-42L);
    assertThat(config.splits()).containsExactly(Split.VALIDATION, Split.TEST);
    assertThat(config.partitions()).isEqualTo(7);
  }

  @Test
  void aBadNoiseSpecIsReportedWithTheKeyAndTheSpec() {
    assertThatThrownBy(() -> config("pairs.noise=gausian:sigma=3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pairs.noise 'gausian:sigma=3': bad noise spec component 'gausian:sigma=3': unknown"
                + " noise model 'gausian' (known: gaussian, poisson, salt-pepper, scan,"
                + " scanner, speckle)");
    assertThatThrownBy(() -> config("pairs.noise=gaussian:sigma=50..5"))
        .hasMessageStartingWith("pairs.noise 'gaussian:sigma=50..5': ");
    assertThatThrownBy(() -> config())
        .hasMessage(
            "missing required setting pairs.noise (set it in the config file or pass --conf"
                + " pairs.noise=...)");
  }

  @Test
  void badSeedsSplitsAndPartitionsNameTheKeyAndTheValue() {
    String noise = "pairs.noise=gaussian:sigma=1";

    assertThatThrownBy(() -> config(noise, "pairs.seed=1.5"))
        .hasMessage("pairs.seed must be an integer, got '1.5'");
    assertThatThrownBy(() -> config(noise, "pairs.splits=train,tset"))
        .hasMessage(
            "pairs.splits 'train,tset': split must be one of train, validation, test; got 'tset'");
    assertThatThrownBy(() -> config(noise, "pairs.splits=train,,test"))
        .hasMessage(
            "pairs.splits 'train,,test': must be split names separated by commas, e.g."
                + " train,validation");
    assertThatThrownBy(() -> config(noise, "pairs.partitions=-1"))
        .hasMessage("pairs.partitions must be at least 0, got -1");
    assertThatThrownBy(() -> config(noise, "pairs.output=in"))
        .hasMessage("pairs.output must differ from pairs.images, both are 'in'");
    assertThatThrownBy(() -> config(noise, "pairs.images= "))
        .hasMessage("pairs.images must not be blank, got ' '");
  }
}
