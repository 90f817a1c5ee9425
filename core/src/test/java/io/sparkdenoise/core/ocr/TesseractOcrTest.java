/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.CharacterErrorRate;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.synth.DocumentPages;
import io.sparkdenoise.core.synth.PageTones;
import io.sparkdenoise.core.synth.RenderedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Needs Debian's tesseract-ocr-eng, which bin/install-test-tools installs. */
class TesseractOcrTest {
  private static final RenderedPage PAGE =
      new DocumentPages(5, 150, 640, 480, PageTones.WHITE).renderWithText(1);

  @Test
  void readsARenderedPageAlmostAsItsGroundTruthWithHighConfidence() {
    try (TesseractOcr ocr = engine()) {
      OcrResult result = ocr.read(PAGE.image());

      assertThat(CharacterErrorRate.of(result.text(), PAGE.text())).isLessThan(0.05);
      assertThat(result.meanConfidence()).isGreaterThan(80);
      assertThat(result.words())
          .isBetween(count(PAGE.text()) * 9 / 10, count(PAGE.text()) * 11 / 10);
    }
  }

  @Test
  void damageThatAReaderShrugsOffCostsTesseractMostOfThePage() {
    Image damaged =
        NoisePlanner.generate(
                NoiseSpec.parse("scan:fade=0.5,erosion=0.2,paper=0.3,grain=0.3,noise=12,jpeg=0"),
                1,
                PAGE.image())
            .image();
    try (TesseractOcr ocr = engine()) {
      OcrResult clean = ocr.read(PAGE.image());
      OcrResult noisy = ocr.read(damaged);

      // faded ink on grainy gray paper stays legible to a person, but Tesseract's binarisation
      // loses the lines: the reason archive teams denoise before OCR
      assertThat(noisy.words()).isLessThan(clean.words() / 2);
      assertThat(CharacterErrorRate.of(noisy.text(), PAGE.text()))
          .isGreaterThan(CharacterErrorRate.of(clean.text(), PAGE.text()) + 0.5);
    }
  }

  @Test
  void aBlankPageHasNoWordsAndNoConfidence() {
    float[] white = new float[100 * 80];
    java.util.Arrays.fill(white, 1f);
    try (TesseractOcr ocr = engine()) {
      OcrResult result = ocr.read(Image.of("blank", 100, 80, 1, white));

      assertThat(result.words()).isZero();
      assertThat(result.meanConfidence()).isNaN();
      assertThat(result.text()).isBlank();
    }
  }

  @Test
  void theLanguageDataIsFoundFromTheEnvironmentFirstAndItsAbsenceIsOneClearLine(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("tessdata"));
    Files.writeString(dir.resolve("tessdata/xyz.traineddata"), "not really");

    assertThat(Tessdata.locate(Map.of("TESSDATA_PREFIX", dir.toString()), "xyz"))
        .contains(dir.resolve("tessdata"));
    assertThatThrownBy(() -> Tessdata.require(Map.of("TESSDATA_PREFIX", dir.toString()), "qqq"))
        .isInstanceOf(OcrUnavailableException.class)
        .hasMessageStartingWith(
            "OCR needs Tesseract's language data, but there is no qqq.traineddata in [")
        .hasMessageEndingWith(
            ": install it (Debian: apt-get install tesseract-ocr-qqq) or set TESSDATA_PREFIX to"
                + " the directory holding it")
        .hasMessageNotContaining("\n");
  }

  private static TesseractOcr engine() {
    return new TesseractOcr(
        Tessdata.require(System.getenv(), "eng"), "eng", TesseractOcr.Layout.AUTO);
  }

  private static int count(String text) {
    return text.strip().split("\\s+").length;
  }
}
