/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.synth.PaperSize;
import io.sparkdenoise.jobs.config.ConfigLayers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagesConfigTest {
  private static PagesConfig config(String... overrides) {
    List<String> all = new ArrayList<>(List.of(PagesConfig.OUTPUT + "=/tmp/pages"));
    all.addAll(Arrays.asList(overrides));
    return PagesConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  @Test
  void theDefaultsAreAHundredA4PagesAt200Dpi() {
    PagesConfig config = config();

    assertThat(config.count()).isEqualTo(100);
    assertThat(config.first()).isZero();
    assertThat(config.paper()).isEqualTo(PaperSize.A4);
    assertThat(config.dpi()).isEqualTo(200);
    assertThat(config.format()).isEqualTo(PagesConfig.PageFormat.PNG);
    assertThat(config.seed()).isZero();
    assertThat(config.resolved()).containsEntry(PagesConfig.DPI, "200");
  }

  @Test
  void badValuesAreRefusedWithTheKeyAndTheValue() {
    assertThatThrownBy(() -> config("pages.count=0"))
        .hasMessage("pages.count must be in [1, 10000000], got 0");
    assertThatThrownBy(() -> config("pages.dpi=1200"))
        .hasMessage("pages.dpi must be in [72, 600], got 1200");
    assertThatThrownBy(() -> config("pages.first=-1"))
        .hasMessage("pages.first must be >= 0 and first + count fit in an int, got -1");
    assertThatThrownBy(() -> config("pages.paper=a3"))
        .hasMessage(
            "pages.paper 'a3': paper must be a4, letter, WxHmm (e.g. 148x210mm) or WxHpx (e.g."
                + " 540x420px), got a3");
    assertThatThrownBy(() -> config("pages.format=bmp"))
        .hasMessage("pages.format must be png or tif, got bmp");
    assertThatThrownBy(() -> config("pages.partitions=-2"))
        .hasMessage("pages.partitions must be at least 0, got -2");
    assertThatThrownBy(() -> PagesConfig.from(ConfigLayers.load(Optional.empty(), List.of())))
        .hasMessageContaining("pages.output");
  }
}
