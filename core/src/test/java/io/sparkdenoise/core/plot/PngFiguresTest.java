/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngFiguresTest {
  private static final double[] EPOCHS = {1, 2, 3, 4, 5};
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** Pixels within a small distance of {@code colour} in the box [x0, x1) x [0, height). */
  private static int pixelsNear(BufferedImage image, Color colour, int x0, int x1) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = x0; x < x1; x++) {
        Color c = new Color(image.getRGB(x, y));
        int d =
            Math.abs(c.getRed() - colour.getRed())
                + Math.abs(c.getGreen() - colour.getGreen())
                + Math.abs(c.getBlue() - colour.getBlue());
        n += d < 40 ? 1 : 0;
      }
    }
    return n;
  }

  private static BufferedImage decode(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  @Test
  void aLineChartDecodesAsAPngOfTheStatedSizeWithItsSeriesDrawn() throws Exception {
    LineChart chart =
        LineChart.of("loss", "epoch", "loss per pixel")
            .integerX()
            .with("train", EPOCHS, new double[] {0.9, 0.7, 0.6, 0.55, 0.5})
            .with("validation", EPOCHS, new double[] {0.95, 0.8, 0.7, 0.66, 0.64});

    byte[] png = PngFigures.png(chart, 480, 320);
    BufferedImage image = decode(png);

    assertThat(png).startsWith(PNG_SIGNATURE);
    assertThat(image.getWidth()).isEqualTo(480);
    assertThat(image.getHeight()).isEqualTo(320);
    // each series' line and markers: hundreds of pixels in its palette colour
    assertThat(pixelsNear(image, PlotStyle.PALETTE.get(0), 0, 480)).isGreaterThan(200);
    assertThat(pixelsNear(image, PlotStyle.PALETTE.get(1), 0, 480)).isGreaterThan(200);
  }

  @Test
  void aGridDrawsEachPanelInItsOwnCell() throws Exception {
    LineChart left = LineChart.of("left", "x", "y").with("a", EPOCHS, EPOCHS);
    LineChart right = LineChart.of("right", "x", "y");
    FigureGrid grid = FigureGrid.row(List.of(left, right));

    BufferedImage image = decode(PngFigures.png(grid, 600, 200));

    assertThat(grid.columns()).isEqualTo(2);
    assertThat(grid.rows()).isEqualTo(1);
    assertThat(pixelsNear(image, PlotStyle.PALETTE.get(0), 0, 300)).isGreaterThan(100);
    assertThat(pixelsNear(image, PlotStyle.PALETTE.get(0), 300, 600)).isZero();
    // the right panel has no data but its title and note are drawn: not blank
    assertThat(pixelsNear(image, PlotStyle.TEXT, 300, 600)).isPositive();
  }

  @Test
  void nonFinitePointsAndEmptySeriesAreLeftOut() {
    LineChart chart =
        LineChart.of("psnr", "epoch", "dB")
            .with("measured", new double[] {1, 2, 3}, new double[] {18, Double.NaN, 19})
            .with("never", new double[] {1, 2}, new double[] {Double.NaN, Double.NaN});

    List<LineChart.Series> drawn = chart.drawnSeries();

    assertThat(drawn).extracting(LineChart.Series::name).containsExactly("measured");
    assertThat(drawn.get(0).x()).containsExactly(1, 3);
    assertThat(drawn.get(0).y()).containsExactly(18, 19);
  }

  @Test
  void refusesBadSizesAndClashingSeries() {
    LineChart chart = LineChart.of("t", "x", "y").with("a", EPOCHS, EPOCHS);

    assertThatThrownBy(() -> PngFigures.png(chart, 0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a figure's sides must be in [1, 8192], got 0x10");
    assertThatThrownBy(() -> chart.with("a", EPOCHS, EPOCHS))
        .hasMessage("chart t has a series a already");
    assertThatThrownBy(() -> chart.with("b", EPOCHS, new double[] {1}))
        .hasMessage("series b needs one y per x, got 5 x and 1 y");
  }

  @Test
  void renderingLeavesAwtHeadless() {
    PngFigures.render(LineChart.of("t", "x", "y"), 10, 10);

    assertThat(System.getProperty(Headless.PROPERTY)).isEqualTo("true");
  }
}
