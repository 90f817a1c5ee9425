/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.TiffCompression;
import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.plan.ImageIds;
import io.sparkdenoise.core.plan.SplitPlanner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PairIngesterTest {
  private static final PairIngester TILES_32 =
      new PairIngester(new SplitPlanner(0.5, 0.25, 0.25), 32, 32, DecodeLimits.DEFAULT);

  private static byte[] png(Image image) {
    return ImageCodec.encode(image, EncodeOptions.png());
  }

  @Test
  void pagesPairByIndexAndTileAlikeWithIdsFromTheRelativePathAlone() {
    Image clean = SyntheticImages.edgyGray("c", 40, 70, 1);
    Image noisy = SyntheticImages.edgyGray("n", 40, 70, 2);

    PairOutcome here =
        TILES_32.pair(
            "box/a.png", "file:/n/box/a.png", png(noisy), "file:/c/box/a.png", png(clean));
    PairOutcome there =
        TILES_32.pair(
            "box/a.png", "hdfs://nn/x/box/a.png", png(noisy), "hdfs://nn/y/box/a.png", png(clean));

    assertThat(here.rejections()).isEmpty();
    // rows at 0 and 8, columns at 0, 32 and 38: every pixel covered, every tile full-size
    assertThat(here.pairs()).hasSize(6);
    assertThat(here.pairs())
        .extracting(IngestedPair::id)
        .containsExactlyElementsOf(there.pairs().stream().map(IngestedPair::id).toList())
        .contains(ImageIds.forTile(ImageIds.forPage("box/a.png", 0), 8, 38));
    assertThat(here.pairs().stream().map(IngestedPair::split).collect(Collectors.toSet()))
        .hasSize(1);
    IngestedPair last = here.pairs().get(5);
    assertThat(last.clean().get(0, 0, 0)).isEqualTo(clean.get(8, 38, 0));
    assertThat(last.noisy().get(31, 31, 0)).isEqualTo(noisy.get(39, 69, 0));
  }

  @Test
  void aPageSmallerThanATileIsExtendedWithItsMirrorImageOnBothSides() {
    Image clean = SyntheticImages.edgyGray("c", 20, 25, 3);
    Image noisy = SyntheticImages.edgyGray("n", 20, 25, 4);

    List<IngestedPair> pairs = TILES_32.pair("s.png", "n", png(noisy), "c", png(clean)).pairs();

    assertThat(pairs).hasSize(1);
    Image c = pairs.get(0).clean();
    assertThat(c.height()).isEqualTo(32);
    assertThat(c.width()).isEqualTo(32);
    // row 20 mirrors row 18 (the edge row 19 is not repeated), column 27 mirrors column 21
    assertThat(c.get(20, 3, 0)).isEqualTo(clean.get(18, 3, 0));
    assertThat(c.get(5, 27, 0)).isEqualTo(clean.get(5, 21, 0));
    assertThat(pairs.get(0).noisy().get(20, 27, 0)).isEqualTo(noisy.get(18, 21, 0));
  }

  @Test
  void pagesOfDifferentSizesAreRejectedNamingBothFilesAndTheOtherPagesStillPair() {
    Image a = SyntheticImages.edgyGray("a", 40, 40, 5);
    byte[] noisy =
        ImageCodec.encodePages(
            List.of(a, SyntheticImages.edgyGray("b", 40, 40, 6)),
            EncodeOptions.tiff(TiffCompression.LZW));
    byte[] clean =
        ImageCodec.encodePages(
            List.of(a, SyntheticImages.edgyGray("b", 40, 48, 6)),
            EncodeOptions.tiff(TiffCompression.LZW));

    PairOutcome outcome = TILES_32.pair("scan.tif", "n/scan.tif", noisy, "c/scan.tif", clean);

    assertThat(outcome.pairs()).hasSize(4);
    assertThat(outcome.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.sourceUri()).isEqualTo("n/scan.tif");
              assertThat(r.page()).isEqualTo(1);
              assertThat(r.reason()).isEqualTo(PairIngester.UNMATCHED);
              assertThat(r.message())
                  .isEqualTo("page 1 is 40x40 (height x width), its clean c/scan.tif is 40x48");
            });
  }

  @Test
  void filesWithOtherPageCountsOrThatDoNotDecodeAreRejected() {
    Image a = SyntheticImages.edgyGray("a", 40, 40, 7);
    byte[] two = ImageCodec.encodePages(List.of(a, a), EncodeOptions.tiff(TiffCompression.LZW));
    byte[] garbage = "not an image".getBytes(StandardCharsets.UTF_8);

    Rejection pages = TILES_32.pair("x.tif", "n", two, "c", png(a)).rejections().get(0);
    Rejection noisy = TILES_32.pair("x.png", "n", garbage, "c", png(a)).rejections().get(0);
    Rejection clean = TILES_32.pair("x.png", "n", png(a), "c", garbage).rejections().get(0);

    assertThat(pages.message()).isEqualTo("2 pages, its clean c has 1");
    assertThat(noisy.reason()).isEqualTo("not_an_image");
    assertThat(clean.reason()).isEqualTo("not_an_image");
    assertThat(clean.message()).startsWith("its clean c: ");
    assertThat(clean.sourceUri()).isEqualTo("n");
  }

  @Test
  void aColourSideAndAGraySideBothBecomeGray() {
    Image gray = SyntheticImages.smoothGray("g", 32, 32, 8);
    Image rgb = SyntheticImages.smoothRgb("r", 32, 32, 9);

    IngestedPair pair = TILES_32.pair("m.png", "n", png(rgb), "c", png(gray)).pairs().get(0);

    assertThat(pair.noisy().channels()).isEqualTo(Image.GRAY);
    assertThat(pair.clean().channels()).isEqualTo(Image.GRAY);
    assertThat(pair.noisy().sameShape(pair.clean())).isTrue();
  }

  @Test
  void anImageThatIsATileOfAPageTakesThatPagesSplitWhateverItsOwnId() {
    SplitPlanner splits = new SplitPlanner(0.5, 0.25, 0.25);
    PairIngester ingester = new PairIngester(splits, 32, 32, DecodeLimits.DEFAULT);
    Image clean = SyntheticImages.edgyGray("c", 64, 64, 10);
    Image noisy = SyntheticImages.edgyGray("n", 64, 64, 11);
    String page = ImageIds.forPage("box/a.png", 0);

    for (int y = 0; y < 512; y += 64) {
      String tile = ImageIds.forTile(page, y, 0);
      assertThat(ingester.pagePairs(tile, page, noisy, clean))
          .hasSize(4)
          .extracting(IngestedPair::split)
          .containsOnly(splits.splitOf(page).label());
    }
  }
}
