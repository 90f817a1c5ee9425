/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.image.Image;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ImageCodecEncodeTest {
  private static final Image GRAY = SampleFiles.grayImage();
  private static final Image RGB = SampleFiles.rgbImage();

  static Stream<Arguments> losslessCombinations() {
    return Stream.of(
        Arguments.of(EncodeOptions.png(), GRAY),
        Arguments.of(EncodeOptions.png(), RGB),
        Arguments.of(EncodeOptions.png().withBitsPerSample(16), GRAY),
        Arguments.of(EncodeOptions.png().withBitsPerSample(16), RGB),
        Arguments.of(EncodeOptions.tiff(TiffCompression.NONE), GRAY),
        Arguments.of(EncodeOptions.tiff(TiffCompression.LZW), RGB),
        Arguments.of(EncodeOptions.tiff(TiffCompression.DEFLATE), GRAY),
        Arguments.of(EncodeOptions.tiff(TiffCompression.DEFLATE), RGB),
        Arguments.of(EncodeOptions.tiff(TiffCompression.PACKBITS), GRAY),
        Arguments.of(EncodeOptions.tiff(TiffCompression.PACKBITS), RGB),
        Arguments.of(EncodeOptions.tiff(TiffCompression.LZW).withBitsPerSample(16), GRAY),
        Arguments.of(EncodeOptions.bmp(), GRAY),
        Arguments.of(EncodeOptions.bmp(), RGB),
        Arguments.of(EncodeOptions.gif(), GRAY));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("losslessCombinations")
  void losslessFormatsGiveBackExactlyTheSamplesOfAnEightBitImage(EncodeOptions options, Image image)
      throws Exception {
    DecodedPage page = ImageCodec.decode(ImageCodec.encode(image, options), "x").get(0);

    assertThat(page.format()).isEqualTo(options.format());
    assertThat(page.bitsPerSample()).isEqualTo(options.bitsPerSample());
    assertThat(page.image().channels()).isEqualTo(image.channels());
    assertThat(page.image().samples()).containsExactly(image.samples());
  }

  @Test
  void jpegIsCloseButLossy() throws Exception {
    // Quality 95 on a smooth gray 16x16 image: every sample within 4/255 of the original.
    DecodedPage page =
        ImageCodec.decode(ImageCodec.encode(GRAY, EncodeOptions.jpeg(95)), "x").get(0);

    assertThat(page.format()).isEqualTo(ImageFormat.JPEG);
    assertThat(page.image().channels()).isEqualTo(Image.GRAY);
    assertThat(maxAbsDifference(page.image(), GRAY)).isLessThanOrEqualTo(4 / 255f);
  }

  @Test
  void gifQuantisesRgbToAPaletteThatStaysClose() throws Exception {
    DecodedPage page = ImageCodec.decode(ImageCodec.encode(RGB, EncodeOptions.gif()), "x").get(0);

    assertThat(page.image().channels()).isEqualTo(Image.RGB);
    assertThat(maxAbsDifference(page.image(), RGB)).isLessThanOrEqualTo(16 / 255f);
  }

  @ParameterizedTest
  @EnumSource(
      value = TiffCompression.class,
      names = {"CCITT_T4", "CCITT_T6"})
  void ccittThresholdsAtOneHalfAndStaysBitonal(TiffCompression compression) throws Exception {
    Image image = SyntheticImages.smoothGray("g", 16, 16, 7);
    DecodedPage page =
        ImageCodec.decode(ImageCodec.encode(image, EncodeOptions.tiff(compression)), "x").get(0);

    assertThat(page.bitsPerSample()).isEqualTo(1);
    float[] samples = page.image().samples();
    for (int i = 0; i < samples.length; i++) {
      assertThat(samples[i]).isEqualTo(image.samples()[i] >= 0.5f ? 1f : 0f);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ImageFormat.class,
      names = {"PNG", "JPEG", "TIFF"})
  void theResolutionIsWrittenAndReadBack(ImageFormat format) throws Exception {
    EncodeOptions options =
        new EncodeOptions(format, 8, 90, TiffCompression.NONE, java.util.OptionalDouble.of(300));

    DecodedPage page = ImageCodec.decode(ImageCodec.encode(GRAY, options), "x").get(0);

    assertThat(page.dpi()).hasValue(300.0);
  }

  @Test
  void severalPagesNeedTiff() {
    assertThatThrownBy(() -> ImageCodec.encodePages(List.of(GRAY, GRAY), EncodeOptions.png()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only TIFF holds several pages, got 2 images for PNG");
  }

  @Test
  void samplesOutsideZeroOneAreClampedAndRounded() {
    assertThat(Rasters.quantise(-0.2f, 255)).isZero();
    assertThat(Rasters.quantise(1.7f, 255)).isEqualTo(255);
    assertThat(Rasters.quantise(Float.NaN, 255)).isZero();
    // 0.5 * 255 = 127.5 rounds half up to 128.
    assertThat(Rasters.quantise(0.5f, 255)).isEqualTo(128);
  }

  @Test
  void optionsRejectImpossibleCombinationsNamingTheValue() {
    assertThatThrownBy(() -> EncodeOptions.jpeg(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jpegQuality must be in [1, 100], got 0");
    assertThatThrownBy(() -> EncodeOptions.jpeg(90).withBitsPerSample(16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("16 bits per sample needs PNG or TIFF, got JPEG");
    assertThatThrownBy(() -> EncodeOptions.png().withBitsPerSample(12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bitsPerSample must be 1, 8 or 16, got 12");
    assertThatThrownBy(() -> EncodeOptions.jpeg(90).withBitsPerSample(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 bit per sample needs PNG or TIFF, got JPEG");
    assertThatThrownBy(() -> EncodeOptions.tiff(TiffCompression.CCITT_T6).withBitsPerSample(16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CCITT_T6 writes 1-bit pixels, got bitsPerSample 16");
    assertThatThrownBy(() -> EncodeOptions.gif().withDpi(300))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GIF resolution is not written, got dpi 300.0");
    assertThatThrownBy(() -> EncodeOptions.png().withDpi(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dpi must be positive and finite, got -3.0");
  }

  private static float maxAbsDifference(Image a, Image b) {
    float max = 0;
    for (int i = 0; i < a.samples().length; i++) {
      max = Math.max(max, Math.abs(a.samples()[i] - b.samples()[i]));
    }
    return max;
  }
}
