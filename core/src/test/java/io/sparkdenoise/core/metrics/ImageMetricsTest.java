/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.testing.TestImages;
import org.junit.jupiter.api.Test;

class ImageMetricsTest {
  private static final double EXACT = 1e-12;

  /** 3x3 (an odd sample count) where only the centre differs, by 0.25. */
  private final Image reference = TestImages.constant(3, 3, Image.GRAY, 0.5f);

  private final Image test = withCentre(reference, 0.75f);

  @Test
  void identicalImagesHaveNoErrorAndInfinitePsnr() {
    assertThat(ImageMetrics.mse(reference, reference)).isZero();
    assertThat(ImageMetrics.mae(reference, reference)).isZero();
    assertThat(ImageMetrics.psnr(reference, reference, 1.0)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void oneSampleOffByAQuarterInNine() {
    // squared error 1/16 in one of 9 samples
    assertThat(ImageMetrics.mse(reference, test)).isCloseTo(1.0 / 16 / 9, within(EXACT));
    assertThat(ImageMetrics.rmse(reference, test)).isCloseTo(0.25 / 3, within(EXACT));
    assertThat(ImageMetrics.mae(reference, test)).isCloseTo(0.25 / 9, within(EXACT));
    // 10 log10(1 / (1/144)) = 10 log10(144)
    assertThat(ImageMetrics.psnr(reference, test, 1.0))
        .isCloseTo(10 * Math.log10(144), within(EXACT));
  }

  @Test
  void psnrScalesWithTheDataRange() {
    // range 2 multiplies the peak power by 4: +10 log10(4) dB
    assertThat(ImageMetrics.psnr(reference, test, 2.0) - ImageMetrics.psnr(reference, test, 1.0))
        .isCloseTo(10 * Math.log10(4), within(EXACT));
  }

  @Test
  void errorsCoverAllChannels() {
    Image black = TestImages.constant(2, 2, Image.RGB, 0f);
    Image grey = TestImages.constant(2, 2, Image.RGB, 0.5f);
    assertThat(ImageMetrics.mse(black, grey)).isCloseTo(0.25, within(EXACT));
    assertThat(ImageMetrics.psnr(black, grey, 1.0)).isCloseTo(10 * Math.log10(4), within(EXACT));
  }

  @Test
  void rejectsImagesOfDifferentShapesNamingBoth() {
    Image rgb = TestImages.constant(3, 3, Image.RGB, 0.5f);
    assertThatThrownBy(() -> ImageMetrics.mse(reference, rgb))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("images differ in shape: reference 3x3x1, test 3x3x3");
    assertThatThrownBy(() -> ImageMetrics.mae(rgb, reference))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("images differ in shape: reference 3x3x3, test 3x3x1");
  }

  @Test
  void rejectsANonPositiveDataRange() {
    assertThatThrownBy(() -> ImageMetrics.psnr(reference, test, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataRange must be finite and positive, got 0.0");
    assertThatThrownBy(() -> ImageMetrics.psnr(reference, test, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataRange must be finite and positive, got NaN");
  }

  private static Image withCentre(Image image, float value) {
    float[] samples = image.samples().clone();
    samples[samples.length / 2] = value;
    return image.withSamples(samples);
  }
}
