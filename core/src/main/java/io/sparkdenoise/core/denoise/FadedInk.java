/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.RowSource;
import io.sparkdenoise.core.image.Image;
import java.io.Serializable;

/**
 * Faded ink made darker before a page meets the network. A document network learns to clear what is
 * faint against the paper, stains and bleed-through, and on a page whose ink has faded as a whole
 * it clears the faintest words with them (BENCHMARKS.md, "Faded ink raised before the network"). So
 * a page's ink depth is measured first: its paper level (the median sample) less its darkest
 * {@value #DARKEST_SHARE} of samples (the 1st percentile, the cores of the strokes). When that
 * depth is under {@link #depth}, the page's contrast about its paper level is raised until it is
 * {@link #depth}, by at most {@value #MAX_GAIN} times; the paper stays where it is. A page whose
 * depth is already there (ordinary print) is left as it is, and so is a page whose depth is under
 * {@value #MIN_DEPTH}: it shows no ink to raise (a blank page, a page of noise, a dark page).
 * Immutable and serializable.
 *
 * @param depth the ink depth a faded page is raised to, in [0, 1); 0 leaves every page as it is
 */
public record FadedInk(double depth) implements Serializable {
  /** Leave every page as it is. */
  public static final FadedInk OFF = new FadedInk(0);

  /** The share of a page's samples, darkest first, that stands for its ink. */
  public static final double DARKEST_SHARE = 0.01;

  /** The largest contrast gain, a little above the most a faded page of ours needed (2.2). */
  public static final double MAX_GAIN = 2.5;

  /** Pages shallower than this have no ink to raise and are left as they are. */
  public static final double MIN_DEPTH = 0.15;

  private static final long serialVersionUID = 1L;

  private static final int BINS = 1024;
  private static final int BAND_ROWS = 512;

  /** Checks the depth. */
  public FadedInk {
    if (!(depth >= 0 && depth < 1)) {
      throw new IllegalArgumentException("the ink depth must be in [0, 1) (0: off), got " + depth);
    }
  }

  /**
   * The contrast change {@code page} gets, read from its samples in bands of rows (a page larger
   * than memory is never held whole); {@link Contrast#NONE} when off.
   *
   * @throws ImageDecodeException when the page's rows cannot be decoded
   */
  public Contrast measure(RowSource page) throws ImageDecodeException {
    if (depth == 0) {
      return Contrast.NONE;
    }
    long[] histogram = new long[BINS];
    for (int from = 0; from < page.height(); from += BAND_ROWS) {
      for (float sample : page.rows(from, Math.min(page.height(), from + BAND_ROWS)).samples()) {
        histogram[bin(sample)]++;
      }
    }
    long samples = (long) page.height() * page.width() * page.channels();
    double paper = level(histogram, samples / 2);
    double ink = level(histogram, (long) Math.floor(samples * DARKEST_SHARE));
    return contrast(paper, paper - ink);
  }

  private Contrast contrast(double paper, double inkDepth) {
    if (inkDepth >= depth || inkDepth < MIN_DEPTH) {
      return Contrast.NONE;
    }
    return new Contrast((float) paper, (float) Math.min(MAX_GAIN, depth / inkDepth));
  }

  private static int bin(float sample) {
    return Math.max(0, Math.min(BINS - 1, (int) (sample * BINS)));
  }

  /** The centre of the bin holding the sample of rank {@code rank} (0: the darkest). */
  private static double level(long[] histogram, long rank) {
    long seen = 0;
    for (int b = 0; b < BINS; b++) {
      seen += histogram[b];
      if (seen > rank) {
        return (b + 0.5) / BINS;
      }
    }
    return 1;
  }

  /**
   * A page's contrast change: every sample {@code x} becomes {@code paper + (x - paper) * gain},
   * clipped to [0, 1].
   *
   * @param paper the page's paper level, which stays where it is
   * @param gain the factor differences from the paper level are multiplied by, at least 1
   */
  public record Contrast(float paper, float gain) {
    /** No change. */
    public static final Contrast NONE = new Contrast(1, 1);

    /** Checks the gain. */
    public Contrast {
      if (!(gain >= 1)) {
        throw new IllegalArgumentException("the contrast gain must be >= 1, got " + gain);
      }
    }

    /** True when this changes nothing. */
    public boolean none() {
      return gain == 1;
    }

    /** {@code page} with this change applied to every band it gives; the page itself when none. */
    public RowSource apply(RowSource page) {
      if (none()) {
        return page;
      }
      return new ForwardingRows(page) {
        @Override
        public Image rows(int from, int to) throws ImageDecodeException {
          return apply(super.rows(from, to));
        }
      };
    }

    /** {@code image} with this change applied; the image itself when none. */
    public Image apply(Image image) {
      if (none()) {
        return image;
      }
      float[] in = image.samples();
      float[] out = new float[in.length];
      for (int i = 0; i < in.length; i++) {
        out[i] = Math.max(0f, Math.min(1f, paper + (in[i] - paper) * gain));
      }
      return image.withSamples(out);
    }
  }
}
