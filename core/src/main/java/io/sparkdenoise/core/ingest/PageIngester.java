/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import io.sparkdenoise.core.codec.DecodeFailure;
import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.codec.DecodedPage;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.filter.Boundary;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.plan.ImageIds;
import io.sparkdenoise.core.plan.SplitPlanner;
import io.sparkdenoise.core.plan.Tile;
import io.sparkdenoise.core.plan.TilePlanner;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns one input into table rows: decodes it (with the limits), gives every page its stable id
 * ({@link ImageIds#forPage}) and split, optionally cuts pages into tiles, and re-encodes each
 * result as lossless PNG (16-bit when the source has more than 8 bits per sample). Whatever the
 * bytes, the answer is an {@link Outcome}, never an exception.
 *
 * <p>Tiles take their page's split, so that no page is spread over several splits (neighbouring
 * tiles overlap and share content). A page smaller than a tile is extended to the tile's size with
 * its mirror image, as tiled inference extends a page at its edges, so no page is lost to the tile
 * size and no patch is padded with black.
 *
 * <p>Immutable, serializable and thread-safe: Spark executors run it as is.
 *
 * @param splits the train/validation/test fractions
 * @param tileSize tile side in pixels, or 0 for whole pages (no tiling)
 * @param tileStride step between tiles in pixels, in [1, tileSize]; ignored without tiling
 * @param maxPixelsPerPage decode limit, see {@link DecodeLimits}
 * @param maxPages decode limit, see {@link DecodeLimits}
 */
public record PageIngester(
    SplitPlanner splits, int tileSize, int tileStride, long maxPixelsPerPage, int maxPages)
    implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int HIGH_BITS = 16;

  /** Checks the planner, the tiling and the limits. */
  public PageIngester {
    Objects.requireNonNull(splits, "splits");
    if (tileSize < 0) {
      throw new IllegalArgumentException("tile size must be >= 0 (0: no tiling), got " + tileSize);
    }
    if (tileSize > 0) {
      new TilePlanner(tileSize, tileStride);
    }
    new DecodeLimits(maxPixelsPerPage, maxPages);
  }

  /**
   * An encoded image (a file, or a Parquet cell) of any format the codec reads: one row per page
   * (or per tile), or one rejection for the whole input.
   *
   * @param bytes the whole input
   * @param sourceUri the input's URI, recorded as its source
   * @param idKey what the input's page ids are made of with the page index ({@link
   *     ImageIds#forPage}): its path relative to the input's root for a file, its id for a table's
   *     row, so that ids move with the data
   * @param label the class label for every page, or null
   * @param sourceFormat the format to record, or null for the one detected from the bytes
   */
  public Outcome ingestEncoded(
      byte[] bytes, String sourceUri, String idKey, Integer label, String sourceFormat) {
    String sha = Sha256.hex(bytes);
    long size = bytes.length;
    List<DecodedPage> pages;
    try {
      pages = ImageCodec.decode(bytes, sourceUri, new DecodeLimits(maxPixelsPerPage, maxPages));
    } catch (ImageDecodeException e) {
      return Outcome.rejected(
          new Rejection(sourceUri, null, e.failure().code(), e.getMessage(), size, sha));
    } catch (RuntimeException e) {
      // the codec promises typed failures; a plugin bug must still not stop the job
      return Outcome.rejected(
          new Rejection(
              sourceUri, null, DecodeFailure.CORRUPT.code(), "decoder failed: " + e, size, sha));
    }
    Outcome outcome = new Outcome(List.of(), List.of());
    for (DecodedPage page : pages) {
      String format =
          sourceFormat != null ? sourceFormat : page.format().name().toLowerCase(Locale.ROOT);
      Double dpi = page.dpi().isPresent() ? page.dpi().getAsDouble() : null;
      Source source = new Source(sourceUri, idKey, format, sha, size, label);
      outcome =
          outcome.plus(
              ingestPage(source, page.pageIndex(), page.image(), page.bitsPerSample(), dpi));
    }
    return outcome;
  }

  /**
   * One decoded page or dataset record: its row, or its tiles' rows.
   *
   * @param source where the page came from and what is known about it
   * @param page the page or record index
   * @param image the pixels
   * @param bitDepth the source's bits per sample
   * @param dpi the source's resolution, or null
   */
  public Outcome ingestPage(Source source, int page, Image image, int bitDepth, Double dpi) {
    String pageId = ImageIds.forPage(source.idKey(), page);
    String split = splits.splitOf(pageId).label();
    EncodeOptions png = EncodeOptions.png().withBitsPerSample(bitDepth > 8 ? HIGH_BITS : 8);
    if (tileSize == 0) {
      return new Outcome(
          List.of(row(source, page, pageId, null, null, image, bitDepth, dpi, png, split)),
          List.of());
    }
    Image tileable = atLeast(image, tileSize);
    List<Tile> tiles =
        new TilePlanner(tileSize, tileStride).plan(tileable.height(), tileable.width());
    List<IngestedImage> rows = new ArrayList<>();
    for (Tile tile : tiles) {
      Image cut = crop(tileable, tile, ImageIds.forTile(pageId, tile.y(), tile.x()));
      rows.add(row(source, page, pageId, tile.y(), tile.x(), cut, bitDepth, dpi, png, split));
    }
    return new Outcome(rows, List.of());
  }

  private static IngestedImage row(
      Source source,
      int page,
      String pageId,
      Integer tileY,
      Integer tileX,
      Image image,
      int bitDepth,
      Double dpi,
      EncodeOptions png,
      String split) {
    boolean tile = tileY != null;
    return new IngestedImage(
        tile ? ImageIds.forTile(pageId, tileY, tileX) : pageId,
        source.uri(),
        page,
        tileY,
        tileX,
        tile ? pageId : null,
        image.width(),
        image.height(),
        image.channels(),
        bitDepth,
        source.format(),
        source.sha256(),
        dpi,
        ImageCodec.encode(image, png),
        source.label(),
        split,
        null);
  }

  /** The image, extended at its bottom and right with its mirror image to at least {@code side}. */
  static Image atLeast(Image image, int side) {
    int h = Math.max(side, image.height());
    int w = Math.max(side, image.width());
    if (h == image.height() && w == image.width()) {
      return image;
    }
    int channels = image.channels();
    float[] in = image.samples();
    float[] out = new float[h * w * channels];
    for (int y = 0; y < h; y++) {
      int sy = Boundary.mirror(y, image.height());
      for (int x = 0; x < w; x++) {
        int sx = Boundary.mirror(x, image.width());
        System.arraycopy(
            in, (sy * image.width() + sx) * channels, out, (y * w + x) * channels, channels);
      }
    }
    return Image.of(image.id(), h, w, channels, out);
  }

  /** The tile's pixels as a new image. */
  static Image crop(Image image, Tile tile, String id) {
    int channels = image.channels();
    int rowLength = tile.width() * channels;
    float[] samples = new float[tile.height() * rowLength];
    for (int y = 0; y < tile.height(); y++) {
      int from = ((tile.y() + y) * image.width() + tile.x()) * channels;
      System.arraycopy(image.samples(), from, samples, y * rowLength, rowLength);
    }
    return Image.of(id, tile.height(), tile.width(), channels, samples);
  }

  /**
   * What every page of one input shares.
   *
   * @param uri the input's URI
   * @param idKey what the page ids are made of with the page index ({@link ImageIds#forPage}): a
   *     file's path relative to its input's root, or a table row's id
   * @param format the source format to record
   * @param sha256 SHA-256 (hex) of the input's bytes
   * @param bytes the input's size in bytes
   * @param label the class label, or null
   */
  public record Source(
      String uri, String idKey, String format, String sha256, long bytes, Integer label)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the required fields. */
    public Source {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(idKey, "idKey");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(sha256, "sha256");
    }
  }
}
