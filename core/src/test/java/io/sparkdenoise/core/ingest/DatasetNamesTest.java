/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatasetNamesTest {
  @Test
  void idxImagesFilesPairWithTheirLabelsPlainOrGzipped() {
    assertThat(DatasetNames.idxLabelCandidates("train-images-idx3-ubyte"))
        .containsExactly("train-labels-idx1-ubyte", "train-labels-idx1-ubyte.gz");
    assertThat(DatasetNames.idxLabelCandidates("t10k-images.idx3-ubyte.gz"))
        .containsExactly("t10k-labels.idx1-ubyte", "t10k-labels.idx1-ubyte.gz");
    assertThat(DatasetNames.idxLabelCandidates("test-images-idx3-ubyte"))
        .containsExactly("test-labels-idx1-ubyte", "test-labels-idx1-ubyte.gz");
  }

  @Test
  void otherNamesAreNeitherImagesNorPairedWithLabels() {
    assertThat(DatasetNames.isIdxImages("train-labels-idx1-ubyte")).isFalse();
    assertThat(DatasetNames.isIdxImages("images.csv")).isFalse();
    assertThat(DatasetNames.idxLabelCandidates("README.md")).isEmpty();
  }

  @Test
  void cifarBatchesAreTheDataAndTestBatches() {
    assertThat(DatasetNames.isCifarBatch("data_batch_1.bin")).isTrue();
    assertThat(DatasetNames.isCifarBatch("test_batch.bin.gz")).isTrue();
    assertThat(DatasetNames.isCifarBatch("batches.meta.txt")).isFalse();
    assertThat(DatasetNames.isCifarBatch("data_batch_x.bin")).isFalse();
  }
}
