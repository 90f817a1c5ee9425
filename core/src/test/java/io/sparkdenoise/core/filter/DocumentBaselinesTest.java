/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.image.Planes;
import io.sparkdenoise.core.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * The classical document clean-ups against scipy and scikit-image, as ../shared/peers/documents.py
 * runs them, on a damaged page crop (documents/make_document_baselines.py made the references).
 */
class DocumentBaselinesTest {
  private static final Image PAGE = TestImages.grayPng("documents/page.png");

  @Test
  void backgroundSubtractionMatchesScipysMedianFilterSampleForSample() {
    Image expected = TestImages.grayPng("documents/bg_median21.png");

    Image out = new BackgroundSubtraction().denoise(PAGE);

    for (int i = 0; i < out.samples().length; i++) {
      assertThat(Math.round(out.samples()[i] * 255))
          .isEqualTo(Math.round(expected.samples()[i] * 255));
    }
    assertThat(out.id()).isEqualTo(PAGE.id());
  }

  @Test
  void backgroundSubtractionWhitensShadedPaperAndKeepsTheStrokesContrast() {
    // paper shaded from 0.9 on the left to 0.5 on the right, a 3-pixel stroke 0.4 below it
    Image page =
        TestImages.gray(
            60, 80, i -> (i / 80 >= 28 && i / 80 < 31 ? -0.4 : 0) + 0.9 - 0.4 * (i % 80) / 79.0);

    Image out = new BackgroundSubtraction().denoise(page);

    // paper: the median is the paper itself, to the 8-bit histogram's 1/255
    assertThat(out.get(5, 40, 0)).isCloseTo(1f, within(1f / 255));
    // stroke: 0.4 below its paper; the stroke's 63 samples in the window push the median a few
    // columns towards the darker side, 0.005 per column
    assertThat(out.get(29, 10, 0)).isCloseTo(0.6f, within(0.02f));
    assertThat(out.get(29, 70, 0)).isCloseTo(0.6f, within(0.02f));
  }

  @Test
  void sauvolaThresholdsMatchScikitImageAndSoDoesTheBinarisation() {
    double[] plane = Planes.plane(PAGE, 0);
    double[] threshold = SauvolaThreshold.threshold(plane, PAGE.height(), PAGE.width());
    for (String[] row : TestImages.csvRows("documents/sauvola_threshold.csv")) {
      int i = Integer.parseInt(row[0]) * PAGE.width() + Integer.parseInt(row[1]);
      // ours reads the page's float samples, scikit-image float64: equal to float precision
      assertThat(threshold[i]).isCloseTo(Double.parseDouble(row[2]), within(1e-6));
    }

    Image expected = TestImages.grayPng("documents/sauvola.png");
    Image out = new SauvolaThreshold().denoise(PAGE);
    for (int i = 0; i < out.samples().length; i++) {
      assertThat(out.samples()[i]).isEqualTo(expected.samples()[i]);
    }
  }

  @Test
  void bothAreNamedAsInTheMetricsTables() {
    assertThat(new BackgroundSubtraction().name()).isEqualTo("bg_median21");
    assertThat(new SauvolaThreshold().name()).isEqualTo("sauvola");
  }
}
