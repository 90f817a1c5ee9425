/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.RowSink;
import io.sparkdenoise.core.codec.RowSource;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.Denoiser;
import io.sparkdenoise.core.plan.InferenceTiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Any {@link Denoiser} run on a page of any size, tile by tile: the page is read in bands of one
 * tile row ({@link RowSource}), each band is cut into the tiles {@link InferenceTiles} plans, the
 * tiles go to the inner denoiser at most {@code batchTiles} at a time, and their outputs are
 * blended with the plan's weights (cropped margins plus a {@code cos^2} cross-fade) into finished
 * rows, which leave for the {@link RowSink} as soon as no later tile touches them.
 *
 * <p>Memory: the inner denoiser only ever sees one batch of tiles; besides that this class holds
 * one input band ({@code tileSize} rows of the page width, as floats) and one accumulator band of
 * the same size. The page itself is held by the source and the sink, not here.
 *
 * <p>At the page's own edges the page is extended by the plan's margin with its mirror image
 * ({@link io.sparkdenoise.core.filter.Boundary#mirror}), so that a network sees more of the page
 * there, not the zeros its convolutions pad with: a model trained on white paper would otherwise
 * darken a frame around every page. With a margin at least the inner denoiser's receptive-field
 * radius and tile origins on its pooling grid (the plan's alignment), the output equals the inner
 * denoiser's output on the whole mirror-extended page, cropped back to the page, up to float
 * rounding. Thread-safe if the inner denoiser is.
 */
public final class TiledDenoiser implements Denoiser {
  private final Denoiser inner;
  private final InferenceTiles tiles;
  private final int batchTiles;

  /**
   * A tiled denoiser.
   *
   * @param inner the denoiser of each tile
   * @param tiles the tile plan, see {@link InferenceTiles}
   * @param batchTiles the most tiles given to {@code inner} at once, at least 1
   */
  public TiledDenoiser(Denoiser inner, InferenceTiles tiles, int batchTiles) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.tiles = Objects.requireNonNull(tiles, "tiles");
    if (batchTiles < 1) {
      throw new IllegalArgumentException("tiles per batch must be at least 1, got " + batchTiles);
    }
    this.batchTiles = batchTiles;
  }

  /** The inner denoiser's name: tiling changes how, not what, it computes. */
  @Override
  public String name() {
    return inner.name();
  }

  /** The tile plan. */
  public InferenceTiles tiles() {
    return tiles;
  }

  @Override
  public Image denoise(Image noisy) {
    ImageRows.Page page =
        ImageRows.page(noisy.id(), noisy.height(), noisy.width(), noisy.channels());
    try {
      denoiseRows(ImageRows.source(noisy), page);
    } catch (ImageDecodeException e) {
      throw new IllegalStateException("an in-memory page cannot fail to decode", e);
    }
    return page.image();
  }

  /**
   * Denoises {@code source} into {@code sink}, band by band from the top.
   *
   * @return the number of tiles denoised
   * @throws ImageDecodeException when the source fails to decode a band
   */
  public int denoiseRows(RowSource page, RowSink sink) throws ImageDecodeException {
    int pad = tiles.margin();
    RowSource source = pad == 0 ? page : new MirroredRows(page, pad);
    RowSink cropped = pad == 0 ? sink : crop(sink, pad, page.height(), page.width());
    List<InferenceTiles.Span> rowSpans = tiles.spans(source.height());
    List<InferenceTiles.Span> colSpans = tiles.spans(source.width());
    Accumulator acc = new Accumulator(source, tiles.tileSize());
    int count = 0;
    for (int i = 0; i < rowSpans.size(); i++) {
      InferenceTiles.Span rows = rowSpans.get(i);
      Image band = source.rows(rows.start(), rows.end());
      for (int from = 0; from < colSpans.size(); from += batchTiles) {
        List<InferenceTiles.Span> cols =
            colSpans.subList(from, Math.min(colSpans.size(), from + batchTiles));
        List<Image> cut = new ArrayList<>(cols.size());
        for (InferenceTiles.Span c : cols) {
          cut.add(crop(band, c));
        }
        List<Image> out = inner.denoiseAll(cut);
        for (int k = 0; k < cols.size(); k++) {
          acc.add(out.get(k), rows, cols.get(k));
        }
        count += cols.size();
      }
      int done = i + 1 < rowSpans.size() ? rowSpans.get(i + 1).trustedStart() : source.height();
      acc.emit(done, cropped);
    }
    return count;
  }

  /** A sink taking bands of the page extended by {@code pad}, passing on the page's own rows. */
  private static RowSink crop(RowSink sink, int pad, int height, int width) {
    return (from, band) -> {
      int first = Math.max(from, pad);
      int end = Math.min(from + band.height(), pad + height);
      if (first < end) {
        int c = band.channels();
        float[] in = band.samples();
        float[] out = new float[(end - first) * width * c];
        for (int y = first; y < end; y++) {
          System.arraycopy(
              in, ((y - from) * band.width() + pad) * c, out, (y - first) * width * c, width * c);
        }
        sink.write(first - pad, Image.of(band.id(), end - first, width, c, out));
      }
    };
  }

  private static Image crop(Image band, InferenceTiles.Span cols) {
    int channels = band.channels();
    int w = cols.length();
    float[] out = new float[band.height() * w * channels];
    float[] in = band.samples();
    for (int y = 0; y < band.height(); y++) {
      System.arraycopy(
          in, (y * band.width() + cols.start()) * channels, out, y * w * channels, w * channels);
    }
    return Image.of(band.id(), band.height(), w, channels, out);
  }

  /** Weighted sums of the rows not yet finished, starting at page row {@code first}. */
  private static final class Accumulator {
    private final String id;
    private final int width;
    private final int channels;
    private final float[] sums;
    private int first;

    Accumulator(RowSource source, int tileSize) {
      this.id = source.id();
      this.width = source.width();
      this.channels = source.channels();
      this.sums = new float[Math.min(tileSize, source.height()) * width * channels];
    }

    void add(Image tile, InferenceTiles.Span rows, InferenceTiles.Span cols) {
      float[] out = tile.samples();
      int tw = cols.length();
      for (int y = rows.trustedStart(); y < rows.trustedEnd(); y++) {
        float wy = rows.weight(y);
        int src = (y - rows.start()) * tw;
        int dst = (y - first) * width;
        for (int x = cols.trustedStart(); x < cols.trustedEnd(); x++) {
          float w = wy * cols.weight(x);
          int s = (src + x - cols.start()) * channels;
          int d = (dst + x) * channels;
          for (int c = 0; c < channels; c++) {
            sums[d + c] += w * out[s + c];
          }
        }
      }
    }

    /** Sends rows {@code [first, done)} to the sink and moves the rest to the top. */
    void emit(int done, RowSink sink) {
      if (done <= first) {
        return;
      }
      int row = width * channels;
      int finished = (done - first) * row;
      float[] band = new float[finished];
      System.arraycopy(sums, 0, band, 0, finished);
      sink.write(first, Image.of(id, done - first, width, channels, band));
      System.arraycopy(sums, finished, sums, 0, sums.length - finished);
      Arrays.fill(sums, sums.length - finished, sums.length, 0f);
      first = done;
    }
  }
}
