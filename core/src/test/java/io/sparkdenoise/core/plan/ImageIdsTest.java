/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ImageIdsTest {
  @Test
  void anIdIsTheFirst128BitsOfTheSha256OfTheLengthPrefixedParts() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String part : new String[] {"page", "hdfs:///scans/a.tif", "3"}) {
      byte[] b = part.getBytes(StandardCharsets.UTF_8);
      sha.update(new byte[] {0, 0, 0, (byte) b.length});
      sha.update(b);
    }
    String expected = HexFormat.of().formatHex(sha.digest()).substring(0, 32);

    assertThat(ImageIds.forPage("hdfs:///scans/a.tif", 3)).isEqualTo(expected).hasSize(32);
  }

  @Test
  void pagesTilesAndSourcesGetDistinctIds() {
    String page0 = ImageIds.forPage("file:/a.tif", 0);

    assertThat(page0)
        .isNotEqualTo(ImageIds.forPage("file:/a.tif", 1))
        .isNotEqualTo(ImageIds.forPage("file:/b.tif", 0))
        .isNotEqualTo(ImageIds.forTile(page0, 0, 0));
    assertThat(ImageIds.forTile(page0, 0, 64)).isNotEqualTo(ImageIds.forTile(page0, 64, 0));
  }

  @Test
  void partsCannotRunIntoEachOther() {
    assertThat(ImageIds.forPage("file:/a1", 1)).isNotEqualTo(ImageIds.forPage("file:/a", 11));
  }

  @Test
  void unitIntervalDrawsAreUniformInZeroToOne() {
    int n = 20_000;
    int[] bins = new int[10];
    for (int i = 0; i < n; i++) {
      double u = ImageIds.unitInterval(ImageIds.forPage("file:/x", i), "split");
      assertThat(u).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      bins[(int) (u * bins.length)]++;
    }
    // Each bin holds Binomial(n, 0.1): mean 2000, standard deviation 42.4; allow 5 of them.
    double sd = Math.sqrt(n * 0.1 * 0.9);
    for (int count : bins) {
      assertThat((double) count).isCloseTo(n * 0.1, within(5 * sd));
    }
  }
}
