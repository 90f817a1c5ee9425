/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DocumentPagesTest {
  /** A4 at 72 dpi (595 x 842): the smallest whole pages, quick to render. */
  private final DocumentPages pages = DocumentPages.of(7, PaperSize.A4, 72);

  @Test
  void aPageDependsOnlyOnSeedIndexAndGeometry() {
    Image a = pages.render(3);

    assertThat(DocumentPages.of(7, PaperSize.A4, 72).render(3)).isEqualTo(a);
    assertThat(pages.render(4).samples()).isNotEqualTo(a.samples());
    assertThat(DocumentPages.of(8, PaperSize.A4, 72).render(3).samples()).isNotEqualTo(a.samples());
    assertThat(a.id()).isEqualTo("page-3");
    assertThat(a.channels()).isEqualTo(Image.GRAY);
  }

  @Test
  void theTextDrawnComesWithThePageLineByLineInReadingOrder() {
    RenderedPage page = pages.renderWithText(3);

    assertThat(page.image()).isEqualTo(pages.render(3));
    String[] lines = page.text().split("\n");
    assertThat(lines.length).isGreaterThan(20);
    assertThat(page.text()).endsWith("\n").doesNotContain("  ");
    assertThat(pages.renderWithText(3).text()).isEqualTo(page.text());
    assertThat(pages.renderWithText(4).text()).isNotEqualTo(page.text());
  }

  @Test
  void whiteTonesGiveExactlyWhitePaperAndTheSameLayout() {
    Image scanned = pages.render(2);
    Image white = DocumentPages.of(7, PaperSize.A4, 72, PageTones.WHITE).render(2);

    float max = 0;
    int blank = 0;
    for (int i = 0; i < white.samples().length; i++) {
      max = Math.max(max, white.samples()[i]);
      boolean paper = scanned.samples()[i] == scanned.samples()[0];
      blank += paper ? 1 : 0;
      if (paper) {
        assertThat(white.samples()[i]).isEqualTo(1f);
      }
    }
    assertThat(max).isEqualTo(1f);
    assertThat(blank).isGreaterThan(white.samples().length / 2);
    assertThatThrownBy(() -> new PageTones(0.5, 1, 0, 0.6))
        .hasMessageContaining("got paper 0.5..1.0, ink 0.0..0.6");
  }

  @Test
  void thePixelSizeIsThePaperSizeAtTheResolution() {
    // 210 x 297 mm and 8.5 x 11 in, at 25.4 mm per inch, rounded to whole pixels
    assertThat(PaperSize.A4.widthPixels(300)).isEqualTo(2480);
    assertThat(PaperSize.A4.heightPixels(300)).isEqualTo(3508);
    assertThat(PaperSize.LETTER.widthPixels(200)).isEqualTo(1700);
    assertThat(PaperSize.LETTER.heightPixels(200)).isEqualTo(2200);
    // any size in millimetres scales with the resolution; a size in pixels does not
    assertThat(PaperSize.byId("148x210mm").widthPixels(300)).isEqualTo(1748);
    assertThat(PaperSize.byId("540x420px").widthPixels(300)).isEqualTo(540);
    assertThat(PaperSize.byId("540x420px").heightPixels(72)).isEqualTo(420);

    Image page = DocumentPages.of(1, PaperSize.A4, 150).render(0);
    assertThat(page.width()).isEqualTo(1240);
    assertThat(page.height()).isEqualTo(1754);
  }

  @Test
  void pagesAreDarkInkOnLightPaperCoveringAPlausibleShare() {
    for (int i = 0; i < 12; i++) {
      float[] s = pages.render(i).samples();
      int ink = 0;
      int paper = 0;
      for (float v : s) {
        assertThat(v).isBetween(0f, 1f);
        if (v < 0.5f) {
          ink++;
        } else if (v >= 0.94f) {
          paper++;
        }
      }
      // Printed text pages are mostly paper; body text inks a few percent of the area.
      assertThat((double) ink / s.length).as("ink of page %d", i).isBetween(0.01, 0.25);
      assertThat((double) paper / s.length).as("paper of page %d", i).isGreaterThan(0.6);
    }
  }

  @Test
  void typeScalesWithTheResolutionSoTheInkShareHardlyChanges() {
    double low = inkShare(DocumentPages.of(5, PaperSize.LETTER, 100).render(2));
    double high = inkShare(DocumentPages.of(5, PaperSize.LETTER, 200).render(2));

    // The same layout at twice the resolution: the same share of the page, up to anti-aliasing.
    assertThat(high).isCloseTo(low, within(0.25 * low));
  }

  @Test
  void smallCropsRenderForTests() {
    Image crop = new DocumentPages(3, 150, 64, 48).render(0);

    assertThat(crop.width()).isEqualTo(64);
    assertThat(crop.height()).isEqualTo(48);
  }

  @Test
  void aFreshHeadlessJvmRendersTheSamePixels() throws IOException, InterruptedException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process =
        new ProcessBuilder(
                java,
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                HeadlessRender.class.getName(),
                "7",
                "150",
                "5")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(out.trim())
        .isEqualTo(HeadlessRender.digest(DocumentPages.of(7, PaperSize.A4, 150).render(5)));
  }

  @Test
  void refusesResolutionsAndSizesItCannotLayOut() {
    assertThatThrownBy(() -> DocumentPages.of(1, PaperSize.A4, 1200))
        .hasMessage("dpi must be in [72, 600], got 1200");
    assertThatThrownBy(() -> new DocumentPages(1, 150, 16, 100))
        .hasMessage("page width and height must be at least 32 pixels, got 16x100");
    assertThatThrownBy(() -> PaperSize.byId("a3"))
        .hasMessage(
            "paper must be a4, letter, WxHmm (e.g. 148x210mm) or WxHpx (e.g. 540x420px), got a3");
    assertThatThrownBy(() -> PaperSize.byId("540.5x420px")).hasMessageContaining("got 540.5x420px");
    assertThatThrownBy(() -> PaperSize.byId("0x420px"))
        .hasMessage("paper 0x420px: sides must be in (0, 65536 px]");
    assertThat(PaperSize.byId("Letter")).isEqualTo(PaperSize.LETTER);
  }

  private static double inkShare(Image page) {
    int ink = 0;
    for (float v : page.samples()) {
      if (v < 0.5f) {
        ink++;
      }
    }
    return (double) ink / page.pixelCount();
  }
}
