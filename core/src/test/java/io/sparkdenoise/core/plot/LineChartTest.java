/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

class LineChartTest {
  private static final double[] EPOCHS = {1, 2, 3, 4, 5};

  private static XYChart drawn(LineChart chart) {
    return chart.xyChart(chart.drawnSeries(), 480, 320);
  }

  @Test
  void aSingleSeriesHasNoLegendToHideItsLastPoints() {
    LineChart psnr =
        LineChart.of("validation PSNR", "epoch", "dB")
            .with("PSNR", EPOCHS, new double[] {17, 18, 19, 20, 21});

    assertThat(drawn(psnr).getStyler().isLegendVisible()).isFalse();
  }

  @Test
  void severalSeriesHaveTheirLegendBelowThePlotOutsideTheData() {
    LineChart loss =
        LineChart.of("loss", "epoch", "loss per pixel")
            .with("train", EPOCHS, new double[] {0.9, 0.7, 0.6, 0.55, 0.5})
            .with("validation", EPOCHS, new double[] {0.95, 0.8, 0.7, 0.66, 0.64});

    Styler styler = drawn(loss).getStyler();

    assertThat(styler.isLegendVisible()).isTrue();
    assertThat(styler.getLegendPosition()).isEqualTo(Styler.LegendPosition.OutsideS);
  }

  @Test
  void aSeriesWithoutFinitePointsDoesNotCountTowardsTheLegend() {
    LineChart chart =
        LineChart.of("psnr", "epoch", "dB")
            .with("measured", EPOCHS, EPOCHS)
            .with("never", new double[] {1}, new double[] {Double.NaN});

    assertThat(drawn(chart).getStyler().isLegendVisible()).isFalse();
  }
}
