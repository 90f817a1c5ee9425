/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.image.Image;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdxWriterTest {
  @Test
  void whatItWritesTheReaderReadsBackExactly() throws Exception {
    Image a = SampleFiles.grayImage();
    Image b = a.withSamples(a.samples().clone());
    b.samples()[0] = 1f - b.samples()[0];
    ByteArrayOutputStream images = new ByteArrayOutputStream();
    ByteArrayOutputStream labels = new ByteArrayOutputStream();

    IdxWriter.writeImages(List.of(a, b), images);
    IdxWriter.writeLabels(new int[] {3, 250}, labels);

    List<Image> read = new ArrayList<>();
    try (IdxReader.Images it =
        IdxReader.openImages(new ByteArrayInputStream(images.toByteArray()), "x")) {
      it.forEachRemaining(read::add);
    }
    assertThat(read).hasSize(2);
    assertThat(read.get(0).samples()).containsExactly(a.samples());
    assertThat(read.get(1).samples()).containsExactly(b.samples());
    assertThat(images.size()).isEqualTo(16 + 2 * a.pixelCount());
    assertThat(IdxReader.readLabels(new ByteArrayInputStream(labels.toByteArray())))
        .containsExactly(3, 250);
  }

  @Test
  void refusesMixedShapesColourAndLabelsOutsideAByte() {
    assertThatThrownBy(
            () ->
                IdxWriter.writeImages(
                    List.of(SampleFiles.grayImage(), SampleFiles.rgbImage().withId("rgb")),
                    new ByteArrayOutputStream()))
        .hasMessage("IDX images are gray and of one size: rgb is 16x16x3, the first is 16x16x1");
    assertThatThrownBy(() -> IdxWriter.writeLabels(new int[] {256}, new ByteArrayOutputStream()))
        .hasMessage("IDX labels are in [0, 255], got 256");
  }
}
