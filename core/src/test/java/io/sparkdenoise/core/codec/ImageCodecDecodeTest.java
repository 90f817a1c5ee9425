/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.fixtures.SyntheticImages;
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
    // 258/65535 lies between the 8-bit levels 1/255 = 257/65535 and 2/255 = 514/65535.
    float probe = page.image().get(0, 1, 0);
    assertThat(probe).isEqualTo((float) SampleFiles.PNG16_PROBE / 65535);
    assertThat(Math.round(probe * 65535)).isEqualTo(258);
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
    // Without a CMYK ICC profile in the file or the system (Linux), TwelveMonkeys converts with
    // R = (1 - C)(1 - K), G = (1 - M)(1 - K), B = (1 - Y)(1 - K); the 8x8 quadrants are flat, so
    // JPEG loss is in the DC term only. Tolerance: 4/255 per sample.
    float tolerance = 4 / 255f;
    for (int q = 0; q < 4; q++) {
      int[] inks = SampleFiles.CMYK_QUADRANTS[q];
      float k = 1 - inks[3] / 255f;
      float[] expected = {
        (1 - inks[0] / 255f) * k, (1 - inks[1] / 255f) * k, (1 - inks[2] / 255f) * k
      };
      float[] actual = rgbAt(image, (q / 2) * 8 + 3, (q % 2) * 8 + 4);
      for (int c = 0; c < 3; c++) {
        assertThat(actual[c])
            .as("quadrant %d channel %d", q, c)
            .isCloseTo(expected[c], within(tolerance));
      }
    }
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
        .hasMessageStartingWith("PNG data ends early")
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

  @Test
  void dataCutInsideTheSignatureIsTruncated() {
    byte[] cut = {(byte) 0x89, 'P', 'N'};

    assertThatThrownBy(() -> ImageCodec.decode(cut, "x"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.TRUNCATED))
        .hasMessage("PNG data ends early: only 3 bytes, inside the signature");
  }

  @Test
  void aJpegCutInItsScanDataIsTruncatedNotAHalfGrayPage() {
    // 64x64 of sharp rectangles: most of the file is entropy-coded scan data, so a cut at 3/4 of
    // the length lands in it and the JDK decoder warns "Corrupt JPEG data: premature end of data
    // segment".
    Image edgy = SyntheticImages.edgyGray("e", 64, 64, 3);
    byte[] jpeg = ImageCodec.encode(edgy, EncodeOptions.jpeg(90));
    byte[] cut = Arrays.copyOf(jpeg, jpeg.length * 3 / 4);

    assertThatThrownBy(() -> ImageCodec.decode(cut, "x"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.TRUNCATED))
        .hasMessageStartingWith("JPEG data ends early: ")
        .hasMessageContaining("premature end of data segment");
  }

  @Test
  void aJpegCutInItsHeaderIsTruncatedForWantOfAnEndMarker() {
    byte[] jpeg = ImageCodec.encode(SampleFiles.rgbImage(), EncodeOptions.jpeg(90));
    byte[] cut = Arrays.copyOf(jpeg, 200);

    assertThatThrownBy(() -> ImageCodec.decode(cut, "x"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.TRUNCATED))
        .hasMessageStartingWith("JPEG data ends early (no end-of-image marker): JPEG is damaged: ");
  }

  @Test
  void aTruncatedTiffIsTruncated() {
    byte[] tiff =
        ImageCodec.encode(SampleFiles.grayImage(), EncodeOptions.tiff(TiffCompression.NONE));
    // TwelveMonkeys writes the directory before the strip data, at offset 49, with 11 entries: it
    // needs 49 + 2 + 11 x 12 = 183 bytes, and 100 are left.
    byte[] cut = Arrays.copyOf(tiff, 100);

    assertThatThrownBy(() -> ImageCodec.decode(cut, "x"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.TRUNCATED))
        .hasMessage(
            "TIFF data ends early (first directory at offset 49 needs 183 of 100 bytes): "
                + "TIFF has no pages");
  }

  @Test
  void garbageAfterAGoodSignatureIsCorrupt() {
    byte[] garbage = new byte[64];
    new java.util.SplittableRandom(5).nextBytes(garbage);
    System.arraycopy(new byte[] {'B', 'M'}, 0, garbage, 0, 2);

    assertThatThrownBy(() -> ImageCodec.decode(garbage, "x"))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isIn(DecodeFailure.CORRUPT, DecodeFailure.UNSUPPORTED))
        .hasMessageStartingWith("BMP ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void moreTiffPagesThanTheLimitIsTooLarge() {
    DecodeLimits onePage = new DecodeLimits(DecodeLimits.DEFAULT_MAX_PIXELS_PER_PAGE, 1);

    assertThatThrownBy(() -> ImageCodec.decode(SampleFiles.twoPageLzwTiff(), "x", onePage))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.TOO_LARGE))
        .hasMessage("TIFF has 2 pages, more than the limit of 1");
  }

  @Test
  void aPageOverThePixelLimitNamesItsPage() {
    DecodeLimits small = new DecodeLimits(255, DecodeLimits.DEFAULT_MAX_PAGES);

    assertThatThrownBy(() -> ImageCodec.decode(SampleFiles.twoPageLzwTiff(), "x", small))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> assertThat(e.failure()).isEqualTo(DecodeFailure.TOO_LARGE))
        .hasMessage(
            "TIFF page 0 of 2 header claims 16x16 = 256 pixels, more than the limit of 255");
  }

  @Test
  void aGrayPaletteGivesOneChannelAndAColourPaletteThree() throws Exception {
    DecodedPage gray =
        ImageCodec.decode(ImageCodec.encode(SampleFiles.grayImage(), EncodeOptions.gif()), "g")
            .get(0);
    DecodedPage colour =
        ImageCodec.decode(ImageCodec.encode(SampleFiles.rgbImage(), EncodeOptions.gif()), "c")
            .get(0);

    assertThat(gray.image().channels()).isEqualTo(Image.GRAY);
    assertThat(gray.bitsPerSample()).isEqualTo(8);
    assertThat(colour.image().channels()).isEqualTo(Image.RGB);
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new DecodeLimits(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPixelsPerPage must be >= 1, got 0");
    assertThatThrownBy(() -> new DecodeLimits(1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPages must be >= 1, got -2");
  }

  @Test
  void twelveMonkeysReadsTiffAndJpegAheadOfTheJdk() {
    assertThat(Plugins.reader(ImageFormat.TIFF).orElseThrow().getClass().getName())
        .startsWith("com.twelvemonkeys.imageio.plugins.tiff.");
    assertThat(Plugins.reader(ImageFormat.JPEG).orElseThrow().getClass().getName())
        .startsWith("com.twelvemonkeys.imageio.plugins.jpeg.");
  }
}
