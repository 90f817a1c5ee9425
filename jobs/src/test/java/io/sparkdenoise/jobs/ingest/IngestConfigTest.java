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
  void theDefaultsOfReferenceConfAreTheDocumentedConstants() {
    IngestConfig config = config("in", "out");

    assertThat(config.format()).isEqualTo(InputFormat.AUTO);
    assertThat(config.ingester())
        .isEqualTo(
            new PageIngester(
                new SplitPlanner(
                    IngestConfig.SPLIT_TRAIN_DEFAULT,
                    IngestConfig.SPLIT_VALIDATION_DEFAULT,
                    IngestConfig.SPLIT_TEST_DEFAULT),
                IngestConfig.TILE_SIZE_DEFAULT,
                IngestConfig.TILE_SIZE_DEFAULT,
                DecodeLimits.DEFAULT_MAX_PIXELS_PER_PAGE,
                DecodeLimits.DEFAULT_MAX_PAGES));
    assertThat(config.maxFileBytes()).isEqualTo(IngestConfig.MAX_FILE_BYTES_DEFAULT);
    assertThat(config.recordsPerTask()).isEqualTo(IngestConfig.RECORDS_PER_TASK_DEFAULT);
    assertThat(config.parquet())
        .isEqualTo(
            new IngestConfig.ParquetColumns(
                IngestConfig.ParquetColumns.IMAGE_DEFAULT, Optional.empty(), Optional.empty()));
    assertThat(config.resolved()).containsEntry(IngestConfig.SCHEMA_VERSION, "1");
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
        .hasMessage("ingest.split.test must be in [0,1], got -0.1");
  }
}
