/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.codec.DecodeFailure;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.image.Image;
import org.junit.jupiter.api.Test;

class PairNoiseTest {
  private static final PairNoise NOISE = new PairNoise(NoiseSpec.parse("gaussian:sigma=5..50"), 9);

  @Test
  void theNoiseIsThePlannersForTheDecodedImageNamedByTheId() throws Exception {
    NoisyImage noisy = NOISE.noisy("abc", SampleFiles.grayPng());

    NoisyImage expected =
        NoisePlanner.generate(NOISE.spec(), 9, SampleFiles.grayImage().withId("abc"));
    assertThat(noisy.image()).isEqualTo(expected.image());
    assertThat(noisy.noise().toSpec()).isEqualTo(expected.noise().toSpec());
    assertThat(NOISE.noisy("abd", SampleFiles.grayPng()).image().samples())
        .isNotEqualTo(noisy.image().samples());
  }

  @Test
  void theNoisyPngKeepsTheNoiseTo16Bits() throws Exception {
    Image noisy = NOISE.noisy("abc", SampleFiles.grayPng()).image();

    Image decoded = ImageCodec.decode(PairNoise.png16(noisy), "abc").get(0).image();

    // 16-bit quantisation moves a sample by at most half a step, 0.5/65535 (plus float rounding);
    // 8 bits would move it by up to 0.5/255.
    float[] expected = noisy.samples();
    float[] actual = decoded.samples();
    double worst = 0;
    for (int i = 0; i < expected.length; i++) {
      worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
    }
    assertThat(worst).isLessThanOrEqualTo(0.5 / 65535 + 1e-7).isGreaterThan(0);
  }

  @Test
  void asStoredIsTheNoisyImageAfterThePairsTables16BitPngRoundTrip() throws Exception {
    Image clean = SampleFiles.grayImage().withId("abc");
    NoisyImage drawn = NOISE.noisy("abc", SampleFiles.grayPng());

    NoisyImage stored = NOISE.asStored(clean);

    Image expected = PairNoise.decodeCell("abc", PairNoise.png16(drawn.image()));
    assertThat(stored.image()).isEqualTo(expected);
    assertThat(stored.image().id()).isEqualTo("abc");
    assertThat(stored.noise().toSpec()).isEqualTo(drawn.noise().toSpec());
  }

  @Test
  void bytesThatAreNotOneImageAreADecodeFailure() {
    assertThatThrownBy(() -> NOISE.noisy("abc", SampleFiles.truncatedPng()))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.TRUNCATED))
        .hasMessageContaining("PNG");
    assertThatThrownBy(() -> NOISE.noisy("book", SampleFiles.twoPageLzwTiff()))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.UNSUPPORTED))
        .hasMessage("image book holds 2 pages; a table cell holds one image");
  }
}
