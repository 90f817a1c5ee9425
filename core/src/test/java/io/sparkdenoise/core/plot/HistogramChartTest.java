/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistogramChartTest {
  private static final Bins BINS = new Bins(10, 40, 3);

  @Test
  void binsPutEachValueInItsHalfOpenIntervalAndClampTheRest() {
    assertThat(BINS.width()).isCloseTo(10, within(1e-12));
    assertThat(BINS.indexOf(10)).isZero();
    assertThat(BINS.indexOf(19.999)).isZero();
    assertThat(BINS.indexOf(20)).isEqualTo(1);
    assertThat(BINS.indexOf(40)).isEqualTo(2);
    assertThat(BINS.indexOf(-5)).isZero();
    assertThat(BINS.indexOf(1e9)).isEqualTo(2);
    assertThat(BINS.indexOf(Double.POSITIVE_INFINITY)).isEqualTo(-1);
    assertThat(BINS.indexOf(Double.NaN)).isEqualTo(-1);
    assertThat(BINS.center(1)).isCloseTo(25, within(1e-12));
  }

  @Test
  void binsCoveringOneValueAreOneBinAroundIt() {
    Bins one = Bins.covering(0.7, 0.7, 20);

    assertThat(one.count()).isEqualTo(1);
    assertThat(one.lower()).isCloseTo(0.2, within(1e-12));
    assertThat(one.upper()).isCloseTo(1.2, within(1e-12));
    assertThat(one.indexOf(0.7)).isZero();
  }

  @Test
  void binsRefuseBadEdgesAndCounts() {
    assertThatThrownBy(() -> new Bins(1, 1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bins need finite edges with lower < upper, got [1.0, 1.0]");
    assertThatThrownBy(() -> new Bins(0, 1, 0)).hasMessage("bin count must be in [1, 1000], got 0");
    assertThatThrownBy(() -> BINS.center(3)).hasMessage("bin 3 of 3");
  }

  @Test
  void eachSeriesIsTheOutlineOfItsBars() {
    HistogramChart chart =
        new HistogramChart("psnr", "dB", BINS, Map.of("model", new long[] {1, 4, 2}));

    LineChart.Series outline = chart.outlines().get(0);

    assertThat(outline.x()).containsExactly(10, 10, 20, 20, 30, 30, 40, 40);
    assertThat(outline.y()).containsExactly(0, 1, 1, 4, 4, 2, 2, 0);
  }

  @Test
  void drawsEverySeriesInOrder() {
    Map<String, long[]> counts = new LinkedHashMap<>();
    counts.put("identity", new long[] {5, 1, 0});
    counts.put("model", new long[] {0, 2, 4});

    BufferedImage image =
        Pngs.decode(
            PngFigures.png(new HistogramChart("PSNR", "PSNR (dB)", BINS, counts), 500, 300));

    assertThat(image.getWidth()).isEqualTo(500);
    assertThat(image.getHeight()).isEqualTo(300);
    assertThat(Pngs.pixelsOf(image, PlotStyle.PALETTE.get(0))).isGreaterThan(50);
    assertThat(Pngs.pixelsOf(image, PlotStyle.PALETTE.get(1))).isGreaterThan(50);
  }

  @Test
  void refusesCountsThatDoNotFitTheBins() {
    assertThatThrownBy(() -> new HistogramChart("h", "x", BINS, Map.of("a", new long[] {1, 2})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series 'a' has 2 counts for 3 bins");
    assertThatThrownBy(() -> new HistogramChart("h", "x", BINS, Map.of("a", new long[] {1, -2, 0})))
        .hasMessage("series 'a' has a negative count -2");
    assertThatThrownBy(() -> new HistogramChart("h", "x", BINS, Map.of()))
        .hasMessage("histogram 'h' needs at least one series");
    assertThat(List.of(HistogramChart.Y_AXIS)).containsExactly("images");
  }
}
