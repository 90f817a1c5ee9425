/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.image.Image;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class IdxReaderTest {
  /** Three 2x3 images; image i, pixel p holds the byte 40 * i + p (image 2 ends in 85). */
  private static byte[] threeImages() {
    ByteBuffer file = ByteBuffer.allocate(16 + 3 * 6);
    file.putInt(IdxReader.IMAGES_MAGIC).putInt(3).putInt(2).putInt(3);
    for (int i = 0; i < 3; i++) {
      for (int p = 0; p < 6; p++) {
        file.put((byte) (40 * i + p));
      }
    }
    return file.array();
  }

  private static byte[] labels(int... values) {
    ByteBuffer file = ByteBuffer.allocate(8 + values.length);
    file.putInt(IdxReader.LABELS_MAGIC).putInt(values.length);
    for (int v : values) {
      file.put((byte) v);
    }
    return file.array();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static List<Image> readAll(byte[] file) throws Exception {
    List<Image> images = new ArrayList<>();
    try (IdxReader.Images it = IdxReader.openImages(new ByteArrayInputStream(file), "mnist")) {
      it.forEachRemaining(images::add);
    }
    return images;
  }

  @Test
  void plainImagesStreamWithIndexedIdsAndSamplesOver255() throws Exception {
    List<Image> images = readAll(threeImages());

    assertThat(images).extracting(Image::id).containsExactly("mnist#0", "mnist#1", "mnist#2");
    Image last = images.get(2);
    assertThat(last.height()).isEqualTo(2);
    assertThat(last.width()).isEqualTo(3);
    assertThat(last.channels()).isEqualTo(Image.GRAY);
    assertThat(last.get(1, 2, 0)).isEqualTo(85 / 255f);
  }

  @Test
  void gzipIsDetectedFromTheContentAndGivesTheSameImages() throws Exception {
    assertThat(readAll(gzip(threeImages()))).isEqualTo(readAll(threeImages()));
  }

  @Test
  void theHeaderGivesTheRecordLayoutForByteRangeSplits() throws Exception {
    byte[] file = threeImages();
    try (IdxReader.Images it = IdxReader.openImages(new ByteArrayInputStream(file), "m")) {
      IdxHeader header = it.header();
      assertThat(header.count()).isEqualTo(3);
      assertThat(header.headerLength()).isEqualTo(16);
      assertThat(header.recordLength()).isEqualTo(6);
      assertThat(header.recordOffset(2)).isEqualTo(28);
      assertThat(header.fileLength()).isEqualTo(file.length);
      Image fromRange = IdxReader.imageFromRecord(header, file, 28, "m#2");
      assertThat(fromRange).isEqualTo(readAll(file).get(2).withId("m#2"));
    }
  }

  @Test
  void labelsArePlainUnsignedBytes() throws Exception {
    int[] labels = IdxReader.readLabels(new ByteArrayInputStream(gzip(labels(7, 2, 255))));

    assertThat(labels).containsExactly(7, 2, 255);
  }

  @Test
  void aFileShorterThanItsHeaderPromisesIsTruncatedAtTheMissingRecord() throws Exception {
    byte[] cut = Arrays.copyOf(threeImages(), 16 + 6 + 6 + 4);
    try (IdxReader.Images it = IdxReader.openImages(new ByteArrayInputStream(cut), "m")) {
      it.next();
      it.next();
      assertThatThrownBy(it::next)
          .isInstanceOf(UncheckedImageDecodeException.class)
          .hasMessage("IDX images: record 2 of 3 ends after 4 of 6 bytes")
          .satisfies(
              e ->
                  assertThat(((UncheckedImageDecodeException) e).getCause().failure())
                      .isEqualTo(DecodeFailure.TRUNCATED));
    }
  }

  @Test
  void missingLabelsAreTruncated() {
    byte[] cut = Arrays.copyOf(labels(1, 2, 3, 4), 10);

    assertThatThrownBy(() -> IdxReader.readLabels(new ByteArrayInputStream(cut)))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.TRUNCATED))
        .hasMessage("IDX labels: labels ends after 2 of 4 bytes");
  }

  @Test
  void aLabelsFileOpenedAsImagesHasTheWrongMagic() {
    assertThatThrownBy(() -> IdxReader.openImages(new ByteArrayInputStream(labels(1)), "m"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.NOT_AN_IMAGE))
        .hasMessage("IDX images: magic 0x00000801, expected 0x00000803");
  }

  @Test
  void floatImagesAreUnsupported() {
    byte[] floats = threeImages();
    floats[2] = 0x0D;

    assertThatThrownBy(() -> IdxReader.openImages(new ByteArrayInputStream(floats), "m"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.UNSUPPORTED))
        .hasMessage(
            "IDX images: data type 0x0d (32-bit float) is not supported, only 0x08 (unsigned byte)");
  }

  @Test
  void aHeaderCutShortIsTruncated() {
    byte[] cut = Arrays.copyOf(threeImages(), 10);

    assertThatThrownBy(() -> IdxReader.openImages(new ByteArrayInputStream(cut), "m"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.TRUNCATED))
        .hasMessage("IDX images: header ends after 6 of 12 bytes");
  }
}
