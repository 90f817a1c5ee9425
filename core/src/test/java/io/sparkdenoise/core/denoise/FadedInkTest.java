/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.codec.RowSource;
import io.sparkdenoise.core.image.Image;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FadedInkTest {
  private static final FadedInk BUILT_IN = new FadedInk(0.45);
  private static final float PAPER = 0.9f;

  @Test
  void aFadedPageIsRaisedToTheDepthAboutItsPaperLevel() throws Exception {
    Image page = lines(PAPER, 0.7f, 40, 30);

    FadedInk.Contrast contrast = BUILT_IN.measure(ImageRows.source(page));
    Image raised = contrast.apply(page);

    // depth 0.2 (to bin precision) raised to 0.45: the paper stays, the ink falls to 0.45
    assertThat(contrast.gain()).isCloseTo(2.25f, within(0.02f));
    assertThat(raised.get(0, 0, 0)).isCloseTo(PAPER, within(0.001f));
    assertThat(raised.get(1, 0, 0)).isCloseTo(0.45f, within(0.005f));
  }

  @Test
  void ordinaryPrintIsLeftAsItIs() throws Exception {
    Image page = lines(PAPER, 0.1f, 40, 30);

    FadedInk.Contrast contrast = BUILT_IN.measure(ImageRows.source(page));

    assertThat(contrast.none()).isTrue();
    assertThat(contrast.apply(page)).isSameAs(page);
  }

  @Test
  void aBlankPageWithSensorNoiseHasNoInkToRaise() throws Exception {
    Random random = new Random(3);
    float[] samples = new float[60 * 50];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (float) Math.min(1, PAPER + random.nextGaussian() * 0.03);
    }

    FadedInk.Contrast contrast =
        BUILT_IN.measure(ImageRows.source(Image.of("blank", 60, 50, 1, samples)));

    assertThat(contrast.none()).isTrue();
  }

  @Test
  void theGainStopsAtItsLargest() throws Exception {
    // depth 0.16: raising it to 0.45 would take 2.8 times
    FadedInk.Contrast contrast = BUILT_IN.measure(ImageRows.source(lines(PAPER, 0.74f, 40, 30)));

    assertThat(contrast.gain()).isEqualTo((float) FadedInk.MAX_GAIN);
  }

  @Test
  void offLeavesEvenTheFaintestPageAsItIs() throws Exception {
    assertThat(FadedInk.OFF.measure(ImageRows.source(lines(PAPER, 0.7f, 40, 30))).none()).isTrue();
  }

  @Test
  void aPageTallerThanOneBandIsMeasuredAndRaisedBandByBandAsAWhole() throws Exception {
    Image page = lines(PAPER, 0.6f, 1100, 7);
    FadedInk.Contrast contrast = BUILT_IN.measure(ImageRows.source(page));

    RowSource raised = contrast.apply(ImageRows.source(page));

    Image whole = contrast.apply(page);
    Image band = raised.rows(600, 700);
    for (int y = 0; y < 100; y++) {
      assertThat(band.get(y, 3, 0)).isEqualTo(whole.get(600 + y, 3, 0));
    }
    assertThat(contrast.gain()).isCloseTo(1.5f, within(0.01f));
  }

  @Test
  void rejectsADepthOutsideZeroToOne() {
    assertThatThrownBy(() -> new FadedInk(1)).hasMessageContaining("[0, 1)");
    assertThatThrownBy(() -> new FadedInk(-0.1)).hasMessageContaining("[0, 1)");
  }

  /** A page of {@code paper} with every fourth row of {@code ink}: a quarter of it is strokes. */
  private static Image lines(float paper, float ink, int height, int width) {
    float[] samples = new float[height * width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        samples[y * width + x] = y % 4 == 1 ? ink : paper;
      }
    }
    return Image.of("page", height, width, 1, samples);
  }
}
