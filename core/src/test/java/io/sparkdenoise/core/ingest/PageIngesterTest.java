/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.codec.DecodedPage;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.plan.ImageIds;
import io.sparkdenoise.core.plan.SplitPlanner;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageIngesterTest {
  private static final SplitPlanner SPLITS = new SplitPlanner(0.8, 0.1, 0.1);
  private static final PageIngester WHOLE =
      new PageIngester(SPLITS, 0, 0, DecodeLimits.DEFAULT_MAX_PIXELS_PER_PAGE, 100);
  private static final String URI = "file:/data/box/a.png";

  /** The file's path relative to its input's root, which its page ids are made of. */
  private static final String KEY = "box/a.png";

  @Test
  void aGoodPngBecomesOneRowWithItsStableIdSplitAndAnExactPngCopy() throws Exception {
    byte[] file = SampleFiles.grayPng();

    Outcome outcome = WHOLE.ingestEncoded(file, URI, KEY, null, null);

    assertThat(outcome.rejections()).isEmpty();
    IngestedImage row = outcome.images().get(0);
    String id = ImageIds.forPage(KEY, 0);
    assertThat(row.id()).isEqualTo(id);
    assertThat(row.split()).isEqualTo(SPLITS.splitOf(id).label());
    assertThat(row.sourceSha256()).isEqualTo(Sha256.hex(file));
    assertThat(List.of(row.width(), row.height(), row.channels(), row.bitDepth()))
        .containsExactly(16, 16, 1, 8);
    assertThat(row.sourceFormat()).isEqualTo("png");
    assertThat(row.parentId()).isNull();
    assertThat(decode(row.png()).image().samples())
        .containsExactly(SampleFiles.grayImage().samples());
  }

  @Test
  void pageIdsAreMadeOfTheKeySoTheSameFileElsewhereKeepsItsIdAndSplit() {
    IngestedImage here =
        WHOLE.ingestEncoded(SampleFiles.grayPng(), URI, KEY, null, null).images().get(0);
    String copy = "hdfs://nn:8020/copy/box/a.png";
    IngestedImage there =
        WHOLE.ingestEncoded(SampleFiles.grayPng(), copy, KEY, null, null).images().get(0);

    assertThat(there.id()).isEqualTo(here.id());
    assertThat(there.split()).isEqualTo(here.split());
    assertThat(List.of(here.sourceUri(), there.sourceUri())).containsExactly(URI, copy);
  }

  @Test
  void aSixteenBitSourceKeepsSixteenBitsInItsPng() throws Exception {
    IngestedImage row =
        WHOLE.ingestEncoded(SampleFiles.png16Bit(), URI, KEY, 3, null).images().get(0);

    DecodedPage png = decode(row.png());
    assertThat(row.bitDepth()).isEqualTo(16);
    assertThat(row.label()).isEqualTo(3);
    assertThat(png.bitsPerSample()).isEqualTo(16);
    assertThat(png.image().samples()[1]).isEqualTo(SampleFiles.PNG16_PROBE / 65535f);
  }

  @Test
  void aTwoPageTiffGivesPagesZeroAndOneWithDistinctIds() {
    Outcome outcome = WHOLE.ingestEncoded(SampleFiles.twoPageLzwTiff(), URI, KEY, null, null);

    assertThat(outcome.images()).extracting(IngestedImage::page).containsExactly(0, 1);
    assertThat(outcome.images())
        .extracting(IngestedImage::id)
        .containsExactly(ImageIds.forPage(KEY, 0), ImageIds.forPage(KEY, 1));
  }

  @Test
  void badBytesBecomeOneRejectionWithTheCodecsReasonSizeAndDigest() {
    byte[] text = SampleFiles.textNamedPng();

    Outcome outcome = WHOLE.ingestEncoded(text, URI, KEY, null, null);

    assertThat(outcome.images()).isEmpty();
    Rejection rejection = outcome.rejections().get(0);
    assertThat(rejection.reason()).isEqualTo("not_an_image");
    assertThat(rejection.page()).isNull();
    assertThat(rejection.sourceBytes()).isEqualTo(text.length);
    assertThat(rejection.sourceSha256()).isEqualTo(Sha256.hex(text));
    assertThat(rejection.message()).doesNotContain("\n").isNotBlank();
  }

  @Test
  void tilingCutsFullTilesThatShareThePageSplitAndNameTheirParent() throws Exception {
    PageIngester tiled = new PageIngester(SPLITS, 8, 8, 1 << 20, 10);

    Outcome outcome = tiled.ingestEncoded(SampleFiles.grayPng(), URI, KEY, null, "parquet");

    String pageId = ImageIds.forPage(KEY, 0);
    assertThat(outcome.images()).hasSize(4);
    for (IngestedImage tile : outcome.images()) {
      assertThat(tile.id()).isEqualTo(ImageIds.forTile(pageId, tile.tileY(), tile.tileX()));
      assertThat(tile.parentId()).isEqualTo(pageId);
      assertThat(tile.split()).isEqualTo(SPLITS.splitOf(pageId).label());
      assertThat(tile.sourceFormat()).isEqualTo("parquet");
      Image pixels = decode(tile.png()).image();
      assertThat(pixels.get(0, 0, 0))
          .isEqualTo(SampleFiles.grayImage().get(tile.tileY(), tile.tileX(), 0));
    }
    assertThat(outcome.images())
        .extracting(t -> t.tileY() + "," + t.tileX())
        .containsExactly("0,0", "0,8", "8,0", "8,8");
    assertThat(outcome.images()).extracting(IngestedImage::text).containsOnlyNulls();
    assertThatThrownBy(() -> outcome.images().get(1).withText("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a tile has no text of its own, got one for " + outcome.images().get(1).id());
  }

  @Test
  void aPageHasNoTextUntilItsSidecarGivesIt() throws Exception {
    IngestedImage page =
        WHOLE.ingestEncoded(SampleFiles.grayPng(), URI, KEY, null, null).images().get(0);

    assertThat(page.text()).isNull();
    assertThat(page.withText("line\n").text()).isEqualTo("line\n");
    assertThat(page.withText("line\n").withText(null)).isEqualTo(page);
  }

  @Test
  void aPageSmallerThanATileIsExtendedToOneTileWithItsMirrorImage() throws Exception {
    PageIngester tiled = new PageIngester(SPLITS, 24, 16, 1 << 20, 10);
    Image page = decode(SampleFiles.grayPng()).image();

    Outcome outcome = tiled.ingestEncoded(SampleFiles.grayPng(), URI, KEY, null, null);

    assertThat(outcome.rejections()).isEmpty();
    assertThat(outcome.images()).hasSize(1);
    Image tile = decode(outcome.images().get(0).png()).image();
    assertThat(List.of(tile.height(), tile.width())).containsExactly(24, 24);
    // the 16x16 page, then rows and columns 14, 13, ... mirrored about the edge (15 not repeated)
    assertThat(tile.get(5, 7, 0)).isEqualTo(page.get(5, 7, 0));
    assertThat(tile.get(16, 3, 0)).isEqualTo(page.get(14, 3, 0));
    assertThat(tile.get(2, 23, 0)).isEqualTo(page.get(2, 7, 0));
    assertThat(tile.get(23, 23, 0)).isEqualTo(page.get(7, 7, 0));
  }

  @Test
  void badTilingIsRefusedWithTheValue() {
    assertThatThrownBy(() -> new PageIngester(SPLITS, -1, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tile size must be >= 0 (0: no tiling), got -1");
    assertThatThrownBy(() -> new PageIngester(SPLITS, 8, 9, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tile stride must be in [1, 8] (the tile size), got 9");
  }

  private static DecodedPage decode(byte[] png) throws Exception {
    return ImageCodec.decode(png, "png").get(0);
  }
}
