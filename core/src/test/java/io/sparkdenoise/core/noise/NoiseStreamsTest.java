/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class NoiseStreamsTest {
  @Test
  void theKeyIsTheFirst8BytesOfSha256OfTheLengthPrefixedEncoding() throws Exception {
    byte[] domain = "io.sparkdenoise.noise/v1".getBytes(StandardCharsets.UTF_8);
    byte[] id = "page-\u00e9".getBytes(StandardCharsets.UTF_8); // é is two UTF-8 bytes
    byte[] purpose = "noise-pixels".getBytes(StandardCharsets.UTF_8);
    ByteBuffer encoding =
        ByteBuffer.allocate(4 + domain.length + 8 + 4 + id.length + 4 + purpose.length)
            .putInt(domain.length)
            .put(domain)
            .putLong(-3L)
            .putInt(id.length)
            .put(id)
            .putInt(purpose.length)
            .put(purpose);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoding.array());

    assertThat(NoiseStreams.key(-3L, "page-\u00e9", NoiseStreams.PIXELS))
        .isEqualTo(ByteBuffer.wrap(digest, 0, 8).getLong());
  }

  @Test
  void theSameSeedIdAndPurposeGiveTheSameStream() {
    NoiseRandom a = NoiseStreams.forImage(7, "img-1", NoiseStreams.PIXELS);
    NoiseRandom b = NoiseStreams.forImage(7, "img-1", NoiseStreams.PIXELS);
    for (int i = 0; i < 100; i++) {
      assertThat(a.nextDouble()).isEqualTo(b.nextDouble());
    }
  }

  @Test
  void changingAnyPartChangesTheKey() {
    long key = NoiseStreams.key(7, "img-1", NoiseStreams.PIXELS);
    assertThat(NoiseStreams.key(8, "img-1", NoiseStreams.PIXELS)).isNotEqualTo(key);
    assertThat(NoiseStreams.key(7, "img-2", NoiseStreams.PIXELS)).isNotEqualTo(key);
    assertThat(NoiseStreams.key(7, "img-1", NoiseStreams.PARAMS)).isNotEqualTo(key);
  }

  @Test
  void partsCannotBleedIntoEachOther() {
    assertThat(NoiseStreams.key(0, "ab", "c")).isNotEqualTo(NoiseStreams.key(0, "a", "bc"));
    assertThat(NoiseStreams.key(0, "", "abc")).isNotEqualTo(NoiseStreams.key(0, "abc", ""));
  }
}
