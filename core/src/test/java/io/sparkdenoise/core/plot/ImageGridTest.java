/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.image.Image;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageGridTest {
  /** 2 x 2 gray: black, white / white, black. */
  private static final Image CHECKER =
      Image.of("checker", 2, 2, Image.GRAY, new float[] {0, 1, 1, 0});

  private static ImageGrid.Cell cell(Image image, String caption) {
    return new ImageGrid.Cell(Optional.ofNullable(image), caption);
  }

  @Test
  void scalesSmallImagesByAnIntegerFactorWithoutSmoothing() {
    ImageGrid grid =
        new ImageGrid(
            List.of("clean"), List.of(new ImageGrid.Row("id", List.of(cell(CHECKER, "")))), 64);

    BufferedImage canvas = PngFigures.render(grid, grid.width(), grid.height());

    // the cell's top left corner: one pad, then the column titles' line and the row label's line
    int line = ImageGrid.lineHeight(PlotStyle.labelFont());
    int left = 8;
    int top = 8 + 2 * line;
    // the 2 x 2 checker scaled 32x: four flat 32-pixel squares with sharp edges
    assertThat(gray(canvas, left, top)).isZero();
    assertThat(gray(canvas, left + 31, top + 31)).isZero();
    assertThat(gray(canvas, left + 32, top)).isEqualTo(255);
    assertThat(gray(canvas, left + 16, top + 48)).isEqualTo(255);
    assertThat(gray(canvas, left + 63, top + 63)).isZero();
    assertThat(Pngs.decode(grid.png()).getWidth()).isEqualTo(8 + 64 + 8);
  }

  @Test
  void sizesTheCanvasFromTheCellsAndDrawsMissingCellsGrey() {
    ImageGrid grid =
        new ImageGrid(
            List.of("clean", "noisy", "model"),
            List.of(
                new ImageGrid.Row(
                    "a", List.of(cell(CHECKER, "x"), cell(CHECKER, "y"), cell(null, "z"))),
                new ImageGrid.Row(
                    "b", List.of(cell(CHECKER, ""), cell(CHECKER, ""), cell(CHECKER, "")))),
            32);

    BufferedImage canvas = PngFigures.render(grid, grid.width(), grid.height());

    assertThat(canvas.getWidth()).isEqualTo(8 + 3 * (32 + 8));
    assertThat(Pngs.decode(grid.png()).getHeight()).isEqualTo(grid.height());
    assertThat(Pngs.pixelsOf(canvas, new java.awt.Color(224, 224, 224))).isGreaterThan(32 * 20);
  }

  @Test
  void cutsLongTextWithAnEllipsis() {
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = probe.createGraphics();
    FontMetrics metrics = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    String id = "file:/archive/2026/a-very-long-directory-name/and-a-longer-file-name.png";

    String fitted = ImageGrid.fit(id, 100, metrics);

    assertThat(fitted).endsWith("…").startsWith("file:/");
    assertThat(metrics.stringWidth(fitted)).isLessThanOrEqualTo(100);
    assertThat(ImageGrid.fit("two\nlines", 500, metrics)).isEqualTo("two lines");
    g.dispose();
  }

  @Test
  void refusesGridsOfTheWrongShape() {
    ImageGrid.Row oneCell = new ImageGrid.Row("r", List.of(cell(CHECKER, "")));

    assertThatThrownBy(() -> new ImageGrid(List.of("a", "b"), List.of(oneCell), 32))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 'r' has 1 cells for 2 columns");
    assertThatThrownBy(() -> new ImageGrid(List.of("a"), List.of(), 32))
        .hasMessage("an image grid needs a column and a row, got 1 columns and 0 rows");
    assertThatThrownBy(() -> new ImageGrid(List.of("a"), List.of(oneCell), 8))
        .hasMessage("cell size must be in [16, 1024], got 8");
  }

  private static int gray(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) & 0xFF;
  }
}
