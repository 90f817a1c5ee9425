/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.filter.GaussianFilter;
import io.sparkdenoise.core.image.Image;
import org.junit.jupiter.api.Test;

class ScannerNoiseTest {
  private static final int SIZE = 128;

  private static Image flat(float value) {
    return TestPages.flat(SIZE, value);
  }

  /** A page of dark horizontal strokes on white, a third of the rows inked. */
  private static Image strokes() {
    return TestPages.strokes(SIZE, 3);
  }

  private static Image apply(ScannerNoise model, Image clean) {
    return model.apply(clean, new NoiseRandom(5));
  }

  @Test
  void withEveryStageOffThePageIsUnchanged() {
    Image page = strokes();

    assertThat(apply(new ScannerNoise(0, 0, 0, 0, 0), page).samples())
        .containsExactly(page.samples());
  }

  @Test
  void blurAloneIsTheGaussianFilter() {
    Image page = strokes();

    assertThat(apply(new ScannerNoise(1.2, 0, 0, 0, 0), page).samples())
        .containsExactly(new GaussianFilter(1.2).denoise(page).samples());
  }

  @Test
  void jpegAloneIsOneRoundTripAtTheGivenQuality() throws Exception {
    Image page = strokes();
    byte[] jpeg = ImageCodec.encode(page, EncodeOptions.jpeg(40));

    assertThat(apply(new ScannerNoise(0, 0, 0, 0, 40), page).samples())
        .containsExactly(ImageCodec.decode(jpeg, "page").get(0).image().samples());
  }

  @Test
  void shadingDarkensSmoothlyAndNeverBelowOneMinusLight() {
    Image shaded = apply(new ScannerNoise(0, 0, 0, 0.3, 0), flat(1f));
    float[] s = shaded.samples();
    double min = 1;
    double max = 0;
    double largestStep = 0;
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        float v = s[y * SIZE + x];
        min = Math.min(min, v);
        max = Math.max(max, v);
        if (x > 0) {
          largestStep = Math.max(largestStep, Math.abs(v - s[y * SIZE + x - 1]));
        }
      }
    }
    assertThat(min).isGreaterThanOrEqualTo(1 - 0.3 - 1e-6);
    assertThat(max - min).as("the shading is visible").isGreaterThan(0.05);
    // The gain's gradient is at most light * (1 + 1) / 2 per page width, i.e. 0.3 / 128 per pixel.
    assertThat(largestStep).isLessThan(0.3 * 2 / SIZE);
  }

  @Test
  void specksAreSmallDiscsWhoseNumberFollowsTheDensity() {
    double density = 0.002;
    Image specked = apply(new ScannerNoise(0, 0, density, 0, 0), flat(1f));
    long dark = 0;
    for (float v : specked.samples()) {
      if (v <= 0.3f) {
        dark++;
      }
    }
    // About 33 specks expected, four in five dark; a disc of radius 0.5..2 covers 1 to 13 pixels.
    double expectedDarkSpecks = 0.8 * density * SIZE * SIZE;
    assertThat(dark).isBetween(1L, Math.round(3 * expectedDarkSpecks * 13));
    assertThat((double) dark).isGreaterThan(expectedDarkSpecks / 3);
  }

  @Test
  void sensorNoiseHasTheGivenStandardDeviationOnThe255Scale() {
    Image noisy = apply(new ScannerNoise(0, 10, 0, 0, 0), flat(0.5f));
    double sum = 0;
    double sumSq = 0;
    for (float v : noisy.samples()) {
      sum += v - 0.5;
      sumSq += (v - 0.5) * (v - 0.5);
    }
    int n = SIZE * SIZE;
    double sd = Math.sqrt(sumSq / n - Math.pow(sum / n, 2));
    // The standard error of a sample standard deviation is sigma / sqrt(2n); allow 5 of them.
    double sigma = 10 / 255.0;
    assertThat(sd).isCloseTo(sigma, within(5 * sigma / Math.sqrt(2.0 * n)));
  }

  @Test
  void theCompositeIsReproducibleFromSeedIdAndSpec() {
    NoiseSpec spec = NoiseSpec.parse("scanner:blur=0.5..1.5,noise=4..12,jpeg=60..90");
    Image page = strokes();

    NoisyImage a = NoisePlanner.generate(spec, 11, page);
    NoisyImage b = NoisePlanner.generate(spec, 11, page);

    assertThat(a.image().samples()).containsExactly(b.image().samples());
    assertThat(a.noise()).isEqualTo(b.noise());
    assertThat(a.noise().parameters().get(ScannerNoise.JPEG) % 1).isZero();
  }

  @Test
  void theJpegQualityIsRoundedToAWholeNumber() {
    assertThat(new ScannerNoise(0, 0, 0, 0, 74.6).jpeg()).isEqualTo(75);
    assertThat(NoiseSpec.parse("scanner").toString()).startsWith("scanner");
  }

  @Test
  void badParametersAreRejectedWithTheBadValue() {
    assertThatThrownBy(() -> new ScannerNoise(-1, 0, 0, 0, 0))
        .hasMessage("blur must be in [0, 10], got -1");
    assertThatThrownBy(() -> new ScannerNoise(0, 300, 0, 0, 0))
        .hasMessage("noise must be in [0, 255], got 300");
    assertThatThrownBy(() -> new ScannerNoise(0, 0, 0.1, 0, 0))
        .hasMessage("specks must be in [0, 0.05], got 0.1");
    assertThatThrownBy(() -> new ScannerNoise(0, 0, 0, 1, 0))
        .hasMessage("light must be in [0, 1), got 1");
    assertThatThrownBy(() -> new ScannerNoise(0, 0, 0, 0, 101))
        .hasMessage("jpeg must be in [0, 100], got 101");
  }
}
