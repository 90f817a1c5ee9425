/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import static io.sparkdenoise.jobs.ingest.IngestRuns.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.ingest.PageIngester;
import io.sparkdenoise.core.plan.SplitPlanner;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestConfigTest {
  @Test
  void theDefaultsComeFromReferenceConf() {
    IngestConfig config = config("in", "out");

    assertThat(config.format()).isEqualTo(InputFormat.AUTO);
    assertThat(config.ingester())
        .isEqualTo(
            new PageIngester(
                new SplitPlanner(0.8, 0.1, 0.1),
                0,
                0,
                DecodeLimits.DEFAULT_MAX_PIXELS_PER_PAGE,
                DecodeLimits.DEFAULT_MAX_PAGES));
    assertThat(config.maxFileBytes()).isEqualTo(Integer.MAX_VALUE - 8L);
    assertThat(config.recordsPerTask()).isEqualTo(10_000);
    assertThat(config.parquet())
        .isEqualTo(new IngestConfig.ParquetColumns("image", Optional.empty(), Optional.empty()));
    assertThat(config.resolved()).containsEntry(IngestConfig.SCHEMA_VERSION, "2");
  }

  @Test
  void aTileStrideOfZeroMeansTheTileSize() {
    assertThat(config("in", "out", "ingest.tile.size=64").ingester().tileStride()).isEqualTo(64);
    assertThat(config("in", "out", "ingest.tile.size=64", "ingest.tile.stride=16").ingester())
        .extracting(PageIngester::tileSize, PageIngester::tileStride)
        .containsExactly(64, 16);
  }

  @Test
  void badValuesNameTheirKeyAndValue() {
    assertThatThrownBy(() -> config("in", "out", "ingest.max-pixels=0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ingest.max-pixels must be at least 1, got 0");
    assertThatThrownBy(() -> config("in", "out", "ingest.records-per-task=0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ingest.records-per-task must be at least 1, got 0");
    assertThatThrownBy(() -> config(" ", "out"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ingest.input must not be blank, got ' '");
    assertThatThrownBy(() -> config("in", "out", "ingest.split.test=-0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ingest.split.test must be in [0, 1], got -0.1");
  }
}
