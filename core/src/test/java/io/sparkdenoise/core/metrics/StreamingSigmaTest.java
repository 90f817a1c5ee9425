/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.image.Image;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamingSigmaTest {
  @ParameterizedTest(name = "{0}x{1}x{2} in bands of up to {3} rows")
  @CsvSource({"37, 23, 1, 5", "64, 64, 1, 1", "9, 31, 3, 4", "2, 7, 1, 1", "101, 70, 1, 33"})
  void bandsGiveExactlyTheWholeImageEstimate(int h, int w, int channels, int maxBand) {
    Image image =
        channels == 1
            ? SyntheticImages.edgyGray("page", h, w, h * 31L + w)
            : SyntheticImages.smoothRgb("page", h, w, h * 31L + w);
    StreamingSigma streaming = new StreamingSigma(h, w, channels);
    SplittableRandom random = new SplittableRandom(h + w);
    int row = w * channels;
    for (int from = 0; from < h; ) {
      int to = Math.min(h, from + 1 + random.nextInt(maxBand));
      float[] band = Arrays.copyOfRange(image.samples(), from * row, to * row);
      streaming.add(Image.of("band", to - from, w, channels, band));
      from = to;
    }
    assertThat(streaming.estimate()).isEqualTo(NoiseEstimator.estimateSigma(image));
  }

  @Test
  void refusesMissingRowsAndBandsOfAnotherShape() {
    StreamingSigma sigma = new StreamingSigma(4, 3, 1);
    sigma.add(Image.zeros("a", 2, 3, 1));
    assertThatThrownBy(sigma::estimate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("only 2 of 4 rows were added");
    assertThatThrownBy(() -> sigma.add(Image.zeros("b", 1, 4, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band 4x1 does not match the page's width x channels 3x1");
    assertThatThrownBy(() -> sigma.add(Image.zeros("c", 3, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows 2..5 run past the page's 4");
  }
}
