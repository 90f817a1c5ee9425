/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {
  private static final Series LOSS =
      new Series("train loss", new double[] {1, 2, 3, 4}, new double[] {0.9, 0.5, 0.3, 0.25});
  private static final Series VALIDATION =
      new Series(
          "validation loss", new double[] {1, 2, 3, 4}, new double[] {Double.NaN, 0.6, 0.4, 0.35});

  @Test
  void drawsAPngOfTheRequestedSizeWithEachSeriesInItsPaletteColour() {
    byte[] png =
        new LineChart("loss", "epoch", "loss", List.of(LOSS, VALIDATION), true).png(640, 360);

    BufferedImage image = Pngs.decode(png);
    assertThat(Pngs.hasPngSignature(png)).isTrue();
    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(360);
    assertThat(Pngs.pixelsOf(image, Charts.PALETTE[0])).isGreaterThan(50);
    assertThat(Pngs.pixelsOf(image, Charts.PALETTE[1])).isGreaterThan(50);
    assertThat(Pngs.pixelsOf(image, Charts.PALETTE[2])).isZero();
  }

  @Test
  void drawsAtTheDefaultSize() {
    BufferedImage image = Pngs.decode(new LineChart("t", "x", "y", List.of(LOSS), false).png());

    assertThat(image.getWidth()).isEqualTo(Charts.WIDTH_DEFAULT);
    assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT_DEFAULT);
  }

  @Test
  void infiniteValuesAreGapsAndASeriesWithoutFiniteValuesIsLeftOut() {
    Series infinite =
        new Series(
            "identical",
            new double[] {1, 2},
            new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});
    Series mixed =
        new Series(
            "mixed", new double[] {1, 2, 3}, new double[] {20, Double.POSITIVE_INFINITY, 22});

    BufferedImage image =
        Pngs.decode(new LineChart("psnr", "x", "dB", List.of(infinite, mixed), true).png());

    // the palette goes by drawn series: mixed is the first one drawn
    assertThat(Pngs.pixelsOf(image, Charts.PALETTE[0])).isGreaterThan(10);
    assertThat(Pngs.pixelsOf(image, Charts.PALETTE[1])).isZero();
  }

  @Test
  void refusesAChartWithNothingToDraw() {
    Series empty = new Series("nan", new double[] {1}, new double[] {Double.NaN});

    assertThatThrownBy(() -> new LineChart("c", "x", "y", List.of(empty), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart 'c' needs a series with a finite y value, got [nan]");
    assertThatThrownBy(() -> new LineChart("c", "x", "y", List.of(LOSS), false).png(10, 400))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart size must be within [64, 8192] pixels a side, got 10x400");
  }

  @Test
  void seriesCheckTheirPoints() {
    assertThatThrownBy(() -> new Series("s", new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series 's' has 2 x values and 1 y values");
    assertThatThrownBy(() -> new Series("s", new double[0], new double[0]))
        .hasMessage("series 's' has no points");
    assertThatThrownBy(() -> new Series("s", new double[] {Double.NaN}, new double[] {1}))
        .hasMessage("series 's' has a non-finite x value NaN");
    assertThatThrownBy(() -> new Series(" ", new double[] {1}, new double[] {1}))
        .hasMessage("series name must not be blank");
  }

  @Test
  void seriesAreImmutable() {
    double[] x = {1, 2};
    Series series = new Series("s", x, new double[] {3, 4});
    x[0] = 99;
    series.x()[1] = 99;

    assertThat(series.x()).containsExactly(1, 2);
  }
}
