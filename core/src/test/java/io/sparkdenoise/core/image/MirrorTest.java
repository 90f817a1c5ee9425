/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MirrorTest {
  @Test
  void indicesReflectAboutTheEdgesWithoutRepeatingThem() {
    int[] got = new int[12];
    for (int i = -4; i < 8; i++) {
      got[i + 4] = Mirror.index(i, 4);
    }
    assertThat(got).containsExactly(2, 3, 2, 1, 0, 1, 2, 3, 2, 1, 0, 1);
    assertThat(Mirror.index(-7, 1)).isZero();
  }

  @Test
  void anExtendedBandIsThePageWithItsMirrorImageAroundIt() {
    // 2 rows x 3 columns, RGB: sample = 10 * row + column (+ 100 in green, + 200 in blue)
    float[] s = new float[2 * 3 * 3];
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        for (int c = 0; c < 3; c++) {
          s[(y * 3 + x) * 3 + c] = 100 * c + 10 * y + x;
        }
      }
    }
    Image page = Image.of("p", 2, 3, Image.RGB, s);

    Image band = Mirror.extend(page, -1, 3, 2);

    assertThat(band.height()).isEqualTo(4);
    assertThat(band.width()).isEqualTo(7);
    float[] firstRow = new float[7];
    float[] thirdRow = new float[7];
    for (int x = 0; x < 7; x++) {
      firstRow[x] = band.get(0, x, 0);
      thirdRow[x] = band.get(2, x, 1);
    }
    // row -1 mirrors row 1; columns -2..4 read 2 1 0 1 2 1 0
    assertThat(firstRow).containsExactly(12, 11, 10, 11, 12, 11, 10);
    assertThat(thirdRow).containsExactly(112, 111, 110, 111, 112, 111, 110);
  }
}
