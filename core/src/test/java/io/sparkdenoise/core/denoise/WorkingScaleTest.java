/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.filter.IdentityDenoiser;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.plan.InferenceTiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Pages far above the working resolution are denoised at a whole fraction of their size and brought
 * back: the factor, the shrinking by block means, the bilinear way back, and the whole path through
 * {@link ArchiveDenoiser}.
 */
class WorkingScaleTest {
  private static final WorkingScale AT_300 = new WorkingScale(300);

  /** An A4 page at 300 dpi. */
  private static final int A4_WIDTH = 2480;

  private static final int A4_HEIGHT = 3508;

  @Test
  void theFactorIsTheNearestWholeRatioOfThePagesResolutionToTheWorkingOne() {
    assertThat(factor(AT_300, 600)).isEqualTo(2);
    assertThat(factor(AT_300, 1200)).isEqualTo(4);
    assertThat(factor(AT_300, 450)).isEqualTo(2);
    assertThat(factor(AT_300, 400)).isEqualTo(1);
    assertThat(factor(AT_300, 72)).isEqualTo(1);
    assertThat(AT_300.factor(OptionalDouble.empty(), A4_WIDTH, A4_HEIGHT)).isEqualTo(1);
    assertThat(factor(WorkingScale.OFF, 1200)).isEqualTo(1);
    assertThatThrownBy(() -> new WorkingScale(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got -1");
  }

  @Test
  void aPageTooSmallForItsResolutionTagIsTakenAsItIs() {
    // 540 pixels tagged 600 dpi would be a page 0.9 inches wide: the tag is wrong
    assertThat(AT_300.factor(OptionalDouble.of(600), 540, 420)).isEqualTo(1);
    assertThat(AT_300.factor(OptionalDouble.of(600), 1200, 1700)).isEqualTo(2);
  }

  /** The factor of an A4 page scanned at {@code dpi}. */
  private static int factor(WorkingScale scale, double dpi) {
    return scale.factor(
        OptionalDouble.of(dpi), (int) (A4_WIDTH * dpi / 300), (int) (A4_HEIGHT * dpi / 300));
  }

  @Test
  void shrinkingAveragesBlocksAndSmallerBlocksAtTheEdges() throws Exception {
    // 3 x 5, value 10 * y + x
    float[] samples = new float[15];
    for (int i = 0; i < samples.length; i++) {
      int row = i / 5;
      samples[i] = 10 * row + i % 5;
    }
    DownscaledRows small =
        new DownscaledRows(ImageRows.source(Image.of("p", 3, 5, Image.GRAY, samples)), 2);

    Image all = small.rows(0, 2);

    assertThat(small.height()).isEqualTo(2);
    assertThat(small.width()).isEqualTo(3);
    // blocks: rows {0,1} x cols {0,1}, {2,3}, {4}; then row {2}
    assertThat(all.samples()).containsExactly(5.5f, 7.5f, 9f, 20.5f, 22.5f, 24f);
    assertThat(small.rows(1, 2).samples()).containsExactly(20.5f, 22.5f, 24f);
  }

  @Test
  void growingBackInterpolatesBetweenPixelCentresAndPassesEveryRowOnceInOrder() {
    // a small 4 x 2 page whose rows are 0, 1, 2, 3, grown by 2 to 8 x 3
    List<Integer> starts = new ArrayList<>();
    ImageRows.Page page = ImageRows.page("p", 8, 3, Image.GRAY);
    UpscalingSink sink =
        new UpscalingSink(
            (from, band) -> {
              starts.add(from);
              page.write(from, band);
            },
            2,
            "p",
            8,
            3,
            Image.GRAY);

    sink.write(0, Image.of("p", 1, 2, Image.GRAY, new float[] {0, 0}));
    sink.write(1, Image.of("p", 3, 2, Image.GRAY, new float[] {1, 1, 2, 2, 3, 3}));

    float[] column = new float[8];
    for (int y = 0; y < 8; y++) {
      column[y] = page.image().get(y, 1, 0);
    }
    // page row y lies at (y + 1/2) / 2 - 1/2 small rows, clamped to [0, 3]
    assertThat(column).containsExactly(0f, 0.25f, 0.75f, 1.25f, 1.75f, 2.25f, 2.75f, 3f);
    assertThat(starts).containsExactly(0, 1);
  }

  @Test
  void aPageFarAboveTheWorkingResolutionIsDenoisedSmallAndComesBackAtItsOwnSize() throws Exception {
    // a vertical ramp 2 inches high at 600 dpi: shrinking and growing back keep it, but for the
    // clamped first and last row
    int height = 1200;
    int width = 1200;
    float[] samples = new float[height * width];
    for (int i = 0; i < samples.length; i++) {
      int row = i / width;
      samples[i] = (float) row / (height - 1);
    }
    Image ramp = Image.of("p", height, width, Image.GRAY, samples);

    Image at600 = denoised(ramp, 600);
    Image at300 = denoised(ramp, 300);

    assertThat(at600.height()).isEqualTo(height);
    assertThat(at600.width()).isEqualTo(width);
    for (int y = 1; y < height - 1; y++) {
      assertThat(at600.get(y, 3, 0)).as("row " + y).isCloseTo(ramp.get(y, 3, 0), within(1e-3f));
    }
    // at the top, the page's first two rows become their mean
    assertThat(at600.get(0, 3, 0)).isCloseTo(0.5f / (height - 1), within(1e-3f));
    // at the working resolution the page goes through as it is (16-bit PNG rounding aside)
    assertThat(largestDifference(at300, ramp)).isLessThan(1e-4);
  }

  private static double largestDifference(Image a, Image b) {
    double largest = 0;
    for (int i = 0; i < a.samples().length; i++) {
      largest = Math.max(largest, Math.abs(a.samples()[i] - b.samples()[i]));
    }
    return largest;
  }

  private static Image denoised(Image page, double dpi) throws Exception {
    ArchiveDenoiser denoiser =
        new ArchiveDenoiser(
            new TiledDenoiser(new IdentityDenoiser(), new InferenceTiles(256, 1, 2, 1), 1),
            new OutputFormats(90),
            DecodeLimits.DEFAULT,
            null,
            AT_300,
            FadedInk.OFF);
    byte[] png = ImageCodec.encode(page, EncodeOptions.png().withBitsPerSample(16).withDpi(dpi));
    PageResult result = denoiser.denoisePages(png, "p", Optional.empty()).get(0);
    return ImageCodec.decode(result.png().orElseThrow(), "out").get(0).image();
  }
}
