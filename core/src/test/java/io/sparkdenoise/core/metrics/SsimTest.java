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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SsimTest {
  private static final double TOLERANCE = 1e-12;
  private static final double C1 = 0.01 * 0.01;
  private static final double C2 = 0.03 * 0.03;

  @ParameterizedTest
  @EnumSource(SsimConvention.class)
  void identicalImagesScoreOne(SsimConvention convention) {
    Image image = TestImages.pattern("p", 16, 19, Image.GRAY, new int[] {7, 13, 5, 0, 3});
    assertThat(Ssim.mean(image, image, convention)).isCloseTo(1.0, within(TOLERANCE));
  }

  @ParameterizedTest
  @EnumSource(SsimConvention.class)
  void flatImagesCompareOnlyTheirMeans(SsimConvention convention) {
    // no variance anywhere: S = (2ab + C1) / (a^2 + b^2 + C1) in every window
    float a = 0.25f;
    float b = 0.75f;
    double expected = (2.0 * a * b + C1) / ((double) a * a + (double) b * b + C1);
    Image x = TestImages.constant(12, 14, Image.GRAY, a);
    Image y = TestImages.constant(12, 14, Image.GRAY, b);
    assertThat(Ssim.mean(x, y, convention)).isCloseTo(expected, within(TOLERANCE));
  }

  @Test
  void skimageConventionOnOneWindowUsesSampleCovariance() {
    Image x = TestImages.gray(7, 7, i -> (i * 37 % 49) / 49.0);
    Image y = TestImages.gray(7, 7, i -> (i * 11 % 49) / 60.0 + 0.1);
    assertThat(Ssim.mean(x, y, SsimConvention.SKIMAGE))
        .isCloseTo(oneWindowSsim(x.samples(), y.samples()), within(TOLERANCE));
  }

  @Test
  void colourImagesAverageTheirChannels() {
    // channel 0 and 2 identical (SSIM 1), channel 1 flat 0.25 against flat 0.75
    float[] xs = new float[11 * 11 * 3];
    float[] ys = new float[xs.length];
    for (int i = 0; i < xs.length; i += 3) {
      xs[i] = ys[i] = (i % 7) / 7f;
      xs[i + 1] = 0.25f;
      ys[i + 1] = 0.75f;
      xs[i + 2] = ys[i + 2] = (i % 5) / 5f;
    }
    double flat = (2 * 0.25 * 0.75 + C1) / (0.25 * 0.25 + 0.75 * 0.75 + C1);
    Image x = Image.of("x", 11, 11, Image.RGB, xs);
    Image y = Image.of("y", 11, 11, Image.RGB, ys);
    assertThat(Ssim.mean(x, y, SsimConvention.WANG))
        .isCloseTo((1 + flat + 1) / 3, within(TOLERANCE));
  }

  @Test
  void rejectsImagesSmallerThanTheWindow() {
    Image small = TestImages.constant(10, 12, Image.GRAY, 0.5f);
    assertThatThrownBy(() -> Ssim.mean(small, small, SsimConvention.WANG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image of 10x12 is smaller than the 11x11 window of SSIM convention wang");
    Image narrow = TestImages.constant(7, 6, Image.GRAY, 0.5f);
    assertThatThrownBy(() -> Ssim.mean(narrow, narrow, SsimConvention.SKIMAGE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image of 7x6 is smaller than the 7x7 window of SSIM convention skimage");
  }

  @Test
  void rejectsImagesOfDifferentShapes() {
    Image a = TestImages.constant(8, 8, Image.GRAY, 0.5f);
    Image b = TestImages.constant(8, 9, Image.GRAY, 0.5f);
    assertThatThrownBy(() -> Ssim.mean(a, b, SsimConvention.SKIMAGE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("images differ in shape: reference 8x8x1, test 8x9x1");
  }

  @Test
  void conventionsParseFromTheirLabels() {
    assertThat(SsimConvention.parse("wang")).isEqualTo(SsimConvention.WANG);
    assertThat(SsimConvention.parse(" SKImage ")).isEqualTo(SsimConvention.SKIMAGE);
    assertThat(SsimConvention.WANG.windowSize()).isEqualTo(11);
    assertThat(SsimConvention.SKIMAGE.covarianceNorm()).isEqualTo(49.0 / 48.0);
    assertThatThrownBy(() -> SsimConvention.parse("gauss"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown SSIM convention 'gauss', expected one of wang, skimage");
  }

  /** SSIM of the whole of two 7x7 images as one window: textbook statistics, N-1 covariance. */
  private static double oneWindowSsim(float[] x, float[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double vx = 0;
    double vy = 0;
    double cxy = 0;
    for (int i = 0; i < n; i++) {
      vx += (x[i] - mx) * (x[i] - mx);
      vy += (y[i] - my) * (y[i] - my);
      cxy += (x[i] - mx) * (y[i] - my);
    }
    vx /= n - 1;
    vy /= n - 1;
    cxy /= n - 1;
    return (2 * mx * my + C1) * (2 * cxy + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2));
  }
}
