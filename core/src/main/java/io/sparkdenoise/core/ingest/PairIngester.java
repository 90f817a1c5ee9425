/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import io.sparkdenoise.core.codec.DecodeFailure;
import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.codec.DecodedPage;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
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
import java.util.Optional;

/**
 * Turns a noisy scan and its clean counterpart, two files at the same relative path under two
 * roots, into training pairs: both are decoded (with the limits), their pages matched by index, and
 * each page pair cut into the same tiles. Ids come from the relative path and the page ({@link
 * ImageIds#forPage}), so the same pair gets the same id, split and tiles wherever the two roots
 * live; tiles take their page's split. Whatever the bytes, the answer is a {@link PairOutcome},
 * never an exception.
 *
 * <p>A page smaller than a tile is extended to the tile's size with its mirror image (the same for
 * both sides), as tiled inference sees a page's edges; colour is kept only when both sides are
 * colour, else both become gray. Pages whose sizes differ, files whose page counts differ and files
 * that do not decode become rejections that say which side and why.
 *
 * <p>Immutable, serializable and thread-safe: Spark executors run it as is.
 *
 * @param splits the train/validation/test fractions
 * @param tileSize tile side in pixels, or 0 for whole pages
 * @param tileStride step between tiles in pixels, in [1, tileSize]; ignored without tiling
 * @param limits decode limits for each side
 */
public record PairIngester(SplitPlanner splits, int tileSize, int tileStride, DecodeLimits limits)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Reason code of an input whose counterpart is missing or does not fit it. */
  public static final String UNMATCHED = "unmatched";

  /** Checks the planner, the tiling and the limits. */
  public PairIngester {
    Objects.requireNonNull(splits, "splits");
    Objects.requireNonNull(limits, "limits");
    if (tileSize < 0) {
      throw new IllegalArgumentException("tile size must be >= 0 (0: no tiling), got " + tileSize);
    }
    if (tileSize > 0) {
      new TilePlanner(tileSize, tileStride);
    }
  }

  /**
   * The pairs of one noisy file and its clean counterpart.
   *
   * @param relativePath the files' path below their roots, e.g. {@code box-3/page-12.tif}
   * @param noisyUri the noisy file's URI, named in rejections
   * @param noisy the noisy file's bytes
   * @param cleanUri the clean file's URI
   * @param clean the clean file's bytes
   */
  public PairOutcome pair(
      String relativePath, String noisyUri, byte[] noisy, String cleanUri, byte[] clean) {
    List<DecodedPage> noisyPages;
    List<DecodedPage> cleanPages;
    try {
      noisyPages = decode(noisy, noisyUri);
    } catch (ImageDecodeException e) {
      return PairOutcome.rejected(
          rejection(noisyUri, null, e.failure().code(), e.getMessage(), noisy));
    }
    try {
      cleanPages = decode(clean, cleanUri);
    } catch (ImageDecodeException e) {
      return PairOutcome.rejected(
          rejection(
              noisyUri,
              null,
              e.failure().code(),
              "its clean " + cleanUri + ": " + e.getMessage(),
              noisy));
    }
    if (noisyPages.size() != cleanPages.size()) {
      return PairOutcome.rejected(
          rejection(
              noisyUri,
              null,
              UNMATCHED,
              String.format(
                  Locale.ROOT,
                  "%d pages, its clean %s has %d",
                  noisyPages.size(),
                  cleanUri,
                  cleanPages.size()),
              noisy));
    }
    List<IngestedPair> pairs = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (int p = 0; p < noisyPages.size(); p++) {
      Image n = noisyPages.get(p).image();
      Image c = cleanPages.get(p).image();
      Optional<String> mismatch = sizeMismatch(p, n, cleanUri, c);
      if (mismatch.isPresent()) {
        rejections.add(rejection(noisyUri, p, UNMATCHED, mismatch.get(), noisy));
        continue;
      }
      String pageId = ImageIds.forPage(relativePath, p);
      pairs.addAll(pagePairs(pageId, pageId, n, c));
    }
    return new PairOutcome(pairs, rejections);
  }

  /**
   * Why page {@code page} of a noisy file cannot pair with its clean counterpart, or empty when it
   * can: their heights or widths differ.
   */
  public static Optional<String> sizeMismatch(int page, Image noisy, String cleanUri, Image clean) {
    if (noisy.height() == clean.height() && noisy.width() == clean.width()) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "page %d is %dx%d (height x width), its clean %s is %dx%d",
            page,
            noisy.height(),
            noisy.width(),
            cleanUri,
            clean.height(),
            clean.width()));
  }

  /**
   * The pairs of one decoded page and its clean counterpart, of the same size (see {@link
   * #sizeMismatch}): the page itself, or its tiles, all in the split of {@code splitKey}.
   *
   * @param pageId the page's id, which tiles' ids derive from
   * @param splitKey the id the split is drawn from: the page's own, or, for an image that is itself
   *     a tile of a page, that page's, so a page's tiles never straddle splits
   * @param noisy the noisy page
   * @param clean the clean page
   */
  public List<IngestedPair> pagePairs(String pageId, String splitKey, Image noisy, Image clean) {
    Image n = noisy;
    Image c = clean;
    if (n.channels() != c.channels()) {
      n = n.toGray();
      c = c.toGray();
    }
    String split = splits.splitOf(splitKey).label();
    if (tileSize == 0) {
      return List.of(new IngestedPair(pageId, split, n.withId(pageId), c.withId(pageId)));
    }
    n = PageIngester.atLeast(n, tileSize);
    c = PageIngester.atLeast(c, tileSize);
    List<IngestedPair> pairs = new ArrayList<>();
    for (Tile tile : new TilePlanner(tileSize, tileStride).plan(n.height(), n.width())) {
      String id = ImageIds.forTile(pageId, tile.y(), tile.x());
      pairs.add(
          new IngestedPair(
              id, split, PageIngester.crop(n, tile, id), PageIngester.crop(c, tile, id)));
    }
    return pairs;
  }

  private List<DecodedPage> decode(byte[] bytes, String uri) throws ImageDecodeException {
    try {
      return ImageCodec.decode(bytes, uri, limits);
    } catch (RuntimeException e) {
      // the codec promises typed failures; a plugin bug must still not stop the job
      throw new ImageDecodeException(DecodeFailure.CORRUPT, "decoder failed: " + e);
    }
  }

  private static Rejection rejection(
      String uri, Integer page, String reason, String message, byte[] bytes) {
    return new Rejection(uri, page, reason, message, (long) bytes.length, Sha256.hex(bytes));
  }
}
