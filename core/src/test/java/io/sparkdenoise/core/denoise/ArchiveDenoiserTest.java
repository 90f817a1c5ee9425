/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.codec.DecodeFailure;
import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.codec.DecodedPage;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.ImageFormat;
import io.sparkdenoise.core.codec.PageInfo;
import io.sparkdenoise.core.codec.PageReader;
import io.sparkdenoise.core.codec.PageWriter;
import io.sparkdenoise.core.codec.RowSource;
import io.sparkdenoise.core.codec.TiffCompression;
import io.sparkdenoise.core.filter.GaussianFilter;
import io.sparkdenoise.core.filter.IdentityDenoiser;
import io.sparkdenoise.core.filter.MedianFilter;
import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.NoiseEstimator;
import io.sparkdenoise.core.ocr.OcrResult;
import io.sparkdenoise.core.plan.InferenceTiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchiveDenoiserTest {
  /** Tiles of 8 pixels: every 16 x 16 sample file is cut into several. */
  private static final InferenceTiles SMALL = new InferenceTiles(8, 1, 2, 1);

  private static final ArchiveDenoiser IDENTITY =
      new ArchiveDenoiser(
          new TiledDenoiser(new IdentityDenoiser(), SMALL, 4),
          new OutputFormats(90),
          DecodeLimits.DEFAULT);

  @Test
  void aTwoPageLzwTiffComesBackAsATwoPageLzwTiffWithItsPixels() throws Exception {
    byte[] input = SampleFiles.twoPageLzwTiff();

    Written out = mirror(IDENTITY, input);

    assertThat(out.results()).hasSize(2);
    List<DecodedPage> pages = ImageCodec.decode(out.bytes(), "out");
    List<DecodedPage> original = ImageCodec.decode(input, "in");
    assertThat(pages).hasSize(2);
    for (int p = 0; p < 2; p++) {
      assertThat(pages.get(p).image().samples()).containsExactly(original.get(p).image().samples());
    }
    try (PageReader reader = PageReader.open(out.bytes(), "out", DecodeLimits.DEFAULT)) {
      assertThat(reader.info(1).tiffCompression()).hasValue(5);
    }
  }

  @Test
  void aBitonalG4TiffStaysBitonalG4() throws Exception {
    Written out = mirror(IDENTITY, SampleFiles.ccittG4Tiff());

    try (PageReader reader = PageReader.open(out.bytes(), "out", DecodeLimits.DEFAULT)) {
      PageInfo info = reader.info(0);
      assertThat(info.bitsPerSample()).isEqualTo(1);
      assertThat(info.tiffCompression()).hasValue(4);
    }
    Image page = ImageCodec.decode(out.bytes(), "out").get(0).image();
    for (int y = 0; y < SampleFiles.SIZE; y++) {
      for (int x = 0; x < SampleFiles.SIZE; x++) {
        assertThat(page.get(y, x, 0)).isEqualTo(SampleFiles.ccittBlack(y, x) ? 0f : 1f);
      }
    }
  }

  @Test
  void jpegStaysJpegAtTheGivenQualityAndPngKeepsSixteenBitsAndTheResolution() throws Exception {
    Image gray = SyntheticImages.smoothGray("g", 20, 30, 2);
    byte[] jpeg = ImageCodec.encode(gray, EncodeOptions.jpeg(95).withDpi(300));
    ArchiveDenoiser lowQuality =
        new ArchiveDenoiser(
            new TiledDenoiser(new IdentityDenoiser(), SMALL, 4),
            new OutputFormats(20),
            DecodeLimits.DEFAULT);

    byte[] high = mirror(IDENTITY, jpeg).bytes();
    byte[] low = mirror(lowQuality, jpeg).bytes();

    DecodedPage page = ImageCodec.decode(high, "out").get(0);
    assertThat(page.format()).isEqualTo(ImageFormat.JPEG);
    assertThat(page.dpi()).hasValue(300.0);
    assertThat(low.length).isLessThan(high.length);

    DecodedPage png16 =
        ImageCodec.decode(mirror(IDENTITY, SampleFiles.png16Bit()).bytes(), "p").get(0);
    assertThat(png16.bitsPerSample()).isEqualTo(16);
    assertThat(png16.image().get(0, 1, 0))
        .isEqualTo(SampleFiles.PNG16_PROBE / 65535f, within(1e-7f));
  }

  @Test
  void measuresSigmaHatBeforeAndAfterOnThePageAndQualityAgainstAReference() throws Exception {
    Image clean = SyntheticImages.edgyGray("c", 30, 26, 5);
    Image noisy =
        io.sparkdenoise.core.noise.NoisePlanner.generate(
                io.sparkdenoise.core.noise.NoiseSpec.parse("gaussian:sigma=25"), 1, clean)
            .image();
    byte[] input = ImageCodec.encode(noisy, EncodeOptions.png());
    byte[] reference = ImageCodec.encode(clean, EncodeOptions.png());
    ArchiveDenoiser median =
        new ArchiveDenoiser(
            new TiledDenoiser(new MedianFilter(), new InferenceTiles(16, 1, 2, 1), 4),
            new OutputFormats(90),
            DecodeLimits.DEFAULT);

    PageResult result =
        median.denoiseFile(input, "p", Optional.of(reference), new ByteArrayOutputStream()).get(0);

    Image decodedNoisy = ImageCodec.decode(input, "n").get(0).image();
    // the page is extended by the margin (1) with its mirror image before it is tiled
    Image extended = TiledDenoiserTest.mirrored(decodedNoisy, 1);
    Image filtered = new MedianFilter().denoise(extended);
    float[] inner = new float[decodedNoisy.height() * decodedNoisy.width()];
    for (int y = 0; y < decodedNoisy.height(); y++) {
      for (int x = 0; x < decodedNoisy.width(); x++) {
        inner[y * decodedNoisy.width() + x] = filtered.get(y + 1, x + 1, 0);
      }
    }
    Image denoised = decodedNoisy.withSamples(inner);
    assertThat(result.sigmaBefore()).isEqualTo(NoiseEstimator.estimateSigma(decodedNoisy));
    // the cross-faded rows add two weighted copies of one value: equal to float rounding
    assertThat(result.sigmaAfter()).isCloseTo(NoiseEstimator.estimateSigma(denoised), within(1e-6));
    assertThat(result.sigmaAfter()).isLessThan(result.sigmaBefore());
    assertThat(result.quality()).isPresent();
    assertThat(result.quality().get().psnrDb())
        .isCloseTo(
            io.sparkdenoise.core.metrics.ImageMetrics.psnr(clean, denoised, 1.0), within(1e-6));
    // 32 rows with the mirrored margins: spans at 0, 12, 24; 28 columns: at 0, 12
    assertThat(result.tiles()).isEqualTo(3 * 2);
  }

  @Test
  void pagesModeKeepsEachPageAsAPngOfItsStoredDepth() throws Exception {
    List<PageResult> results =
        IDENTITY.denoisePages(SampleFiles.ccittG4Tiff(), "g4", Optional.empty());

    DecodedPage png = ImageCodec.decode(results.get(0).png().orElseThrow(), "png").get(0);
    assertThat(png.format()).isEqualTo(ImageFormat.PNG);
    assertThat(png.bitsPerSample()).isEqualTo(1);
  }

  @Test
  void aCorruptFileFailsWholeWithItsReason() {
    assertThatThrownBy(() -> mirror(IDENTITY, SampleFiles.truncatedPng()))
        .isInstanceOf(ImageDecodeException.class)
        .satisfies(
            e ->
                assertThat(((ImageDecodeException) e).failure())
                    .isEqualTo(DecodeFailure.TRUNCATED));
    assertThatThrownBy(() -> mirror(IDENTITY, SampleFiles.textNamedPng()))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageStartingWith("not an image: no known signature");
  }

  @Test
  void bandsReadThroughSourceRegionsEqualTheWholeDecodedPage() throws Exception {
    Image page = SyntheticImages.smoothRgb("rgb", 37, 21, 9);
    for (EncodeOptions options :
        List.of(EncodeOptions.png(), EncodeOptions.tiff(TiffCompression.DEFLATE))) {
      byte[] file = ImageCodec.encode(page, options);
      Image whole = ImageCodec.decode(file, "w").get(0).image();
      try (PageReader reader = PageReader.open(file, "w", DecodeLimits.DEFAULT)) {
        PageInfo info = reader.info(0);
        RowSource rows = reader.rows(info);
        ImageRows.Page assembled = ImageRows.page("w", 37, 21, 3);
        for (int from = 0; from < 37; from += 10) {
          assembled.write(from, rows.rows(from, Math.min(37, from + 10)));
        }
        assertThat(info.channels()).isEqualTo(3);
        assertThat(assembled.image().samples()).containsExactly(whole.samples());
      }
    }
  }

  @Test
  void theOutputPageIsHeldAtItsStoredDepthOneBitPerPixelForBitonalPages() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PageWriter writer = new PageWriter(sink, ImageFormat.TIFF, 3);
    int h = 70;
    int w = 100;

    long bitonal = writer.page(h, w, 1, EncodeOptions.tiff(TiffCompression.CCITT_T6)).rasterBytes();
    long gray = writer.page(h, w, 1, EncodeOptions.tiff(TiffCompression.LZW)).rasterBytes();
    long gray16 =
        writer
            .page(h, w, 1, EncodeOptions.tiff(TiffCompression.LZW).withBitsPerSample(16))
            .rasterBytes();

    assertThat(bitonal).isEqualTo((long) h * ((w + 7) / 8));
    assertThat(gray).isEqualTo((long) h * w);
    assertThat(gray16).isEqualTo(2L * h * w);
  }

  @Test
  void withOcrEachPageIsReadBeforeAndAfterDenoisingAsItsFileStoresIt() throws Exception {
    List<Image> read = new ArrayList<>();
    ArchiveDenoiser median =
        new ArchiveDenoiser(
            new TiledDenoiser(new MedianFilter(), SMALL, 4),
            new OutputFormats(90),
            DecodeLimits.DEFAULT,
            page -> {
              read.add(page);
              return new OcrResult("read " + read.size(), read.size(), 50.0 + read.size());
            });
    byte[] input = SampleFiles.twoPageLzwTiff();

    Written out = mirror(median, input);

    List<DecodedPage> before = ImageCodec.decode(input, "in");
    List<DecodedPage> after = ImageCodec.decode(out.bytes(), "out");
    assertThat(read).hasSize(4);
    for (int p = 0; p < 2; p++) {
      PageResult.Reading reading = out.results().get(p).ocr().orElseThrow();
      assertThat(reading.before())
          .isEqualTo(new OcrResult("read " + (2 * p + 1), 2 * p + 1, 51.0 + 2 * p));
      assertThat(reading.after())
          .isEqualTo(new OcrResult("read " + (2 * p + 2), 2 * p + 2, 52.0 + 2 * p));
      assertThat(read.get(2 * p).samples()).containsExactly(before.get(p).image().samples());
      // the 8-bit file holds the denoised samples rounded to 1/255
      float[] stored = after.get(p).image().samples();
      float[] denoised = read.get(2 * p + 1).samples();
      for (int i = 0; i < stored.length; i++) {
        assertThat(denoised[i]).isCloseTo(stored[i], within(0.5f / 255 + 1e-6f));
      }
    }
    assertThat(mirror(IDENTITY, input).results()).allSatisfy(r -> assertThat(r.ocr()).isEmpty());
  }

  @Test
  void aBitonalPageIsReadAfterDenoisingThresholdedAsItsFileHoldsIt() throws Exception {
    List<Image> read = new ArrayList<>();
    ArchiveDenoiser blur =
        new ArchiveDenoiser(
            new TiledDenoiser(new GaussianFilter(1.0), SMALL, 4),
            new OutputFormats(90),
            DecodeLimits.DEFAULT,
            page -> {
              read.add(page);
              return new OcrResult("", 0, Double.NaN);
            });

    Written out = mirror(blur, SampleFiles.ccittG4Tiff());

    Image stored = ImageCodec.decode(out.bytes(), "out").get(0).image();
    assertThat(read).hasSize(2);
    assertThat(read.get(1).samples()).containsExactly(stored.samples());
    assertThat(
            ArchiveDenoiser.thresholded(Image.of("g", 1, 3, 1, new float[] {0.49f, 0.5f, 1f}))
                .samples())
        .containsExactly(0f, 1f, 1f);
  }

  @Test
  void aFadedPageMeetsTheNetworkRaisedWhileItsNoiseEstimateSeesItAsRead() throws Exception {
    float[] samples = new float[24 * 20];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (i / 20) % 4 == 1 ? 0.7f : 0.9f;
    }
    Image faded = Image.of("faded", 24, 20, 1, samples);
    byte[] input = ImageCodec.encode(faded, EncodeOptions.png().withBitsPerSample(16));
    ArchiveDenoiser raising =
        new ArchiveDenoiser(
            new TiledDenoiser(new IdentityDenoiser(), SMALL, 4),
            new OutputFormats(90),
            DecodeLimits.DEFAULT,
            null,
            WorkingScale.OFF,
            new FadedInk(0.45));

    Written out = mirror(raising, input);

    Image page = ImageCodec.decode(out.bytes(), "out").get(0).image();
    assertThat(page.get(0, 0, 0)).isCloseTo(0.9f, within(0.002f));
    assertThat(page.get(1, 0, 0)).isCloseTo(0.45f, within(0.005f));
    assertThat(out.results().get(0).sigmaBefore())
        .isEqualTo(NoiseEstimator.estimateSigma(ImageCodec.decode(input, "in").get(0).image()));
    assertThat(out.results().get(0).inkGain()).isCloseTo(2.25, within(0.02));
    assertThat(mirror(IDENTITY, input).results().get(0).inkGain()).isEqualTo(1.0);
  }

  private record Written(byte[] bytes, List<PageResult> results) {}

  private static Written mirror(ArchiveDenoiser denoiser, byte[] input)
      throws ImageDecodeException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<PageResult> results = denoiser.denoiseFile(input, "file", Optional.empty(), out);
    return new Written(out.toByteArray(), results);
  }
}
