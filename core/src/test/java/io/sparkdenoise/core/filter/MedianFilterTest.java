/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.testing.TestImages;
import org.junit.jupiter.api.Test;

class MedianFilterTest {
  private static final double MAX_CODE = 255.0;

  private final MedianFilter median = new MedianFilter();

  @Test
  void reproducesScipyMedianFilterOnTheTextOraclePixelForPixel() {
    // oracle: text_median3_distorted.png = scipy.ndimage.median_filter(text, size=3, mode=reflect)
    Image text = TestImages.grayPng("oracle/text_median3_clean.png");
    Image expected = TestImages.grayPng("oracle/text_median3_distorted.png");

    Image filtered = median.denoise(text);

    assertThat(filtered.samples()).containsExactly(expected.samples());
  }

  @Test
  void removesAnIsolatedImpulse() {
    Image impulse = TestImages.gray(5, 5, i -> i == 12 ? 1 : 0);
    assertThat(median.denoise(impulse).samples()).containsOnly(0f);
  }

  @Test
  void reflectsAtTheBorder() {
    // row 0,1,2 / 3,4,5 / 6,7,8 (in 1/8): at the corner (0, 0) the reflected window is
    // {0,0,1, 0,0,1, 3,3,4} -> median 1; at the centre {0..8} -> 4
    Image ramp = TestImages.gray(3, 3, i -> i / 8.0);
    Image filtered = median.denoise(ramp);
    assertThat(filtered.get(0, 0, 0) * 8).isEqualTo(1f);
    assertThat(filtered.get(1, 1, 0) * 8).isEqualTo(4f);
  }

  @Test
  void filtersEachChannelOnItsOwn() {
    // channel 0 an impulse, channel 1 flat grey, channel 2 flat white
    float[] samples = new float[5 * 5 * 3];
    for (int i = 0; i < 25; i++) {
      samples[i * 3] = i == 12 ? 1 : 0;
      samples[i * 3 + 1] = (float) (128 / MAX_CODE);
      samples[i * 3 + 2] = 1;
    }
    Image filtered = median.denoise(Image.of("rgb", 5, 5, Image.RGB, samples));
    assertThat(filtered.channel(0).samples()).containsOnly(0f);
    assertThat(filtered.channel(1).samples()).containsOnly((float) (128 / MAX_CODE));
    assertThat(filtered.channel(2).samples()).containsOnly(1f);
    assertThat(median.name()).isEqualTo("median3x3");
  }
}
