/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.image.Image;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageCodecDecodeTest {
  @Test
  void aGrayPngDecodesToOneChannelWithTheSamplesItWasWrittenFrom() throws Exception {
    List<DecodedPage> pages = ImageCodec.decode(SampleFiles.grayPng(), "scan.png");

    assertThat(pages).hasSize(1);
    DecodedPage page = pages.get(0);
    assertThat(page.image().id()).isEqualTo("scan.png");
    assertThat(page.pageIndex()).isZero();
    assertThat(page.pageCount()).isOne();
    assertThat(page.format()).isEqualTo(ImageFormat.PNG);
    assertThat(page.bitsPerSample()).isEqualTo(8);
    assertThat(page.dpi()).isEmpty();
    assertThat(page.image().samples()).containsExactly(SampleFiles.grayImage().samples());
  }

  @Test
  void aPngNamedJpgIsDecodedAsPngBecauseTheContentDecides() throws Exception {
    DecodedPage page = ImageCodec.decode(SampleFiles.pngToBeNamedJpg(), "photo.jpg").get(0);

    assertThat(page.format()).isEqualTo(ImageFormat.PNG);
    assertThat(page.image().channels()).isEqualTo(Image.RGB);
    assertThat(page.image().samples()).containsExactly(SampleFiles.rgbImage().samples());
  }

  @Test
  void a16BitPngKeepsSixteenBitPrecision() throws Exception {
    DecodedPage page = ImageCodec.decode(SampleFiles.png16Bit(), "deep.png").get(0);

    assertThat(page.bitsPerSample()).isEqualTo(16);
    // 257/65535 lies between the 8-bit levels 0 and 1/255 = 257/65535 * 257 / 257... it is 1/255
    // exactly, so probe its neighbours too: 257 must come back as 257, not as a rounded level.
    assertThat(page.image().get(0, 1, 0)).isEqualTo((float) SampleFiles.PNG16_PROBE / 65535);
  }

  @Test
  void aTwoPageTiffGivesTwoPagesWithIndexedIds() throws Exception {
    List<DecodedPage> pages = ImageCodec.decode(SampleFiles.twoPageLzwTiff(), "book.tif");

    assertThat(pages).extracting(p -> p.image().id()).containsExactly("book.tif#0", "book.tif#1");
    assertThat(pages).extracting(DecodedPage::pageIndex).containsExactly(0, 1);
    assertThat(pages).allSatisfy(p -> assertThat(p.pageCount()).isEqualTo(2));
    assertThat(pages).allSatisfy(p -> assertThat(p.format()).isEqualTo(ImageFormat.TIFF));
    assertThat(pages.get(0).image().samples()).containsExactly(SampleFiles.grayImage().samples());
  }

  @Test
  void aCcittG4TiffInWhiteIsZeroGivesBlackAsZeroAndWhiteAsOne() throws Exception {
    DecodedPage page = ImageCodec.decode(SampleFiles.ccittG4Tiff(), "fax.tif").get(0);

    assertThat(page.bitsPerSample()).isEqualTo(1);
    Image image = page.image();
    assertThat(image.channels()).isEqualTo(Image.GRAY);
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < image.width(); x++) {
        assertThat(image.get(y, x, 0))
            .as("pixel (%d, %d)", y, x)
            .isEqualTo(SampleFiles.ccittBlack(y, x) ? 0f : 1f);
      }
    }
  }

  @Test
  void anAdobeCmykJpegDecodesToRgbWithTheInksColours() throws Exception {
    DecodedPage page = ImageCodec.decode(SampleFiles.cmykJpeg(), "print.jpg").get(0);
    Image image = page.image();

    assertThat(page.format()).isEqualTo(ImageFormat.JPEG);
    assertThat(image.channels()).isEqualTo(Image.RGB);
    float[] white = rgbAt(image, 3, 3);
    float[] cyan = rgbAt(image, 3, 12);
    float[] yellow = rgbAt(image, 12, 3);
    float[] black = rgbAt(image, 12, 12);
    assertThat(white).isEqualTo(new float[] {1, 1, 1}); // placeholder to see values
    assertThat(cyan).isEqualTo(new float[] {0, 1, 1});
    assertThat(yellow).isEqualTo(new float[] {1, 1, 0});
    assertThat(black).isEqualTo(new float[] {0, 0, 0});
  }

  @Test
  void emptyInputIsEmpty() {
    assertThatThrownBy(() -> ImageCodec.decode(SampleFiles.empty(), "nothing.png"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class, e -> assertThat(e.failure()).isEqualTo(DecodeFailure.EMPTY))
        .hasMessage("empty input: 0 bytes");
  }

  @Test
  void textIsNotAnImage() {
    assertThatThrownBy(() -> ImageCodec.decode(SampleFiles.textNamedPng(), "note.png"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.NOT_AN_IMAGE))
        .hasMessage(
            "not an image: no known signature, starts with 54 68 69 73 20 69 73 20 (47 bytes)");
  }

  @Test
  void aTruncatedPngIsTruncated() {
    assertThatThrownBy(() -> ImageCodec.decode(SampleFiles.truncatedPng(), "cut.png"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.TRUNCATED))
        .hasMessageStartingWith("PNG data ends early: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aPngWhoseHeaderClaimsTenGigapixelsIsTooLargeWithoutAllocating() {
    byte[] bomb = SampleFiles.pngClaimingSize(100_000, 100_000);

    assertThatThrownBy(() -> ImageCodec.decode(bomb, "bomb.png"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.TOO_LARGE))
        .hasMessage(
            "PNG header claims 100000x100000 = 10000000000 pixels, more than the limit of 67108864");
  }

  private static float[] rgbAt(Image image, int y, int x) {
    return new float[] {image.get(y, x, 0), image.get(y, x, 1), image.get(y, x, 2)};
  }

  @SuppressWarnings("unused")
  private static String show(float[] v) {
    return Arrays.toString(v);
  }
}
