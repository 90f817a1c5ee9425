/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CifarReaderTest {
  /**
   * One record: the label bytes, then red plane = 10, green plane = 20, blue plane = 30, except
   * that pixel (row 1, column 2) has red 200.
   */
  private static byte[] record(int... labels) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int label : labels) {
      out.write(label);
    }
    byte[] planes = new byte[3 * 1024];
    Arrays.fill(planes, 0, 1024, (byte) 10);
    Arrays.fill(planes, 1024, 2048, (byte) 20);
    Arrays.fill(planes, 2048, 3072, (byte) 30);
    planes[32 + 2] = (byte) 200;
    out.writeBytes(planes);
    return out.toByteArray();
  }

  private static List<LabeledImage> readAll(byte[] file, CifarReader.Variant variant)
      throws Exception {
    List<LabeledImage> records = new ArrayList<>();
    try (CifarReader.Records it =
        CifarReader.open(new ByteArrayInputStream(file), variant, "cifar")) {
      it.forEachRemaining(records::add);
    }
    return records;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void cifar10RecordsArePlanarRgbWithOneLabelByte() throws Exception {
    List<LabeledImage> records =
        readAll(concat(record(3), record(9)), CifarReader.Variant.CIFAR_10);

    assertThat(records).extracting(LabeledImage::label).containsExactly(3, 9);
    assertThat(records).extracting(r -> r.image().id()).containsExactly("cifar#0", "cifar#1");
    var image = records.get(0).image();
    assertThat(image.height()).isEqualTo(32);
    assertThat(image.channels()).isEqualTo(3);
    assertThat(image.get(0, 0, 0)).isEqualTo(10 / 255f);
    assertThat(image.get(0, 0, 1)).isEqualTo(20 / 255f);
    assertThat(image.get(0, 0, 2)).isEqualTo(30 / 255f);
    assertThat(image.get(1, 2, 0)).isEqualTo(200 / 255f);
  }

  @Test
  void cifar100HasCoarseThenFineLabelBytes() throws Exception {
    byte[] file = record(4, 73);

    assertThat(readAll(file, CifarReader.Variant.CIFAR_100_COARSE).get(0).label()).isEqualTo(4);
    LabeledImage fine = readAll(file, CifarReader.Variant.CIFAR_100_FINE).get(0);
    assertThat(fine.label()).isEqualTo(73);
    assertThat(fine.image().get(1, 2, 0)).isEqualTo(200 / 255f);
  }

  @Test
  void aTrailingPartialRecordIsTruncated() throws Exception {
    byte[] file = Arrays.copyOf(concat(record(1), record(2)), 3073 + 100);
    try (CifarReader.Records it =
        CifarReader.open(new ByteArrayInputStream(file), CifarReader.Variant.CIFAR_10, "c")) {
      assertThat(it.next().label()).isEqualTo(1);
      assertThatThrownBy(it::hasNext)
          .isInstanceOf(UncheckedImageDecodeException.class)
          .hasMessage("CIFAR_10: record 1 ends after 100 of 3073 bytes")
          .satisfies(
              e ->
                  assertThat(((UncheckedImageDecodeException) e).getCause().failure())
                      .isEqualTo(DecodeFailure.TRUNCATED));
    }
  }
}
