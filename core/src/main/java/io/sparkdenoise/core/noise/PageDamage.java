/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.filter.Boundary;
import io.sparkdenoise.core.filter.GaussianFilter;
import io.sparkdenoise.core.image.Image;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What age and handling do to a paper page before it reaches the scanner, the stages of {@link
 * ScanNoise} that come before the scanner's own: worn ink, bleed-through from the other side, aged
 * paper, a picture behind the text, crumpling and folds, and coffee or water rings. Each stage is
 * off when its parameter is 0 and then draws nothing from the stream. Lengths are in pixels of the
 * page the model is applied to.
 *
 * @param fade ink fading, in [0, 1]: every stroke is lightened towards white by a share that varies
 *     smoothly over the page between {@code fade / 2} and {@code fade}
 * @param erosion ink erosion, in [0, 1): strokes wear away in patches a few pixels wide, broken
 *     where a fine random field falls below this level (0.5: about half the ink)
 * @param bleed bleed-through, in [0, 1): a mirrored, shifted and blurred copy of the page's own
 *     text darkens the page by up to this share, as ink from the back of a thin sheet does
 * @param paper paper ageing, in [0, 1): the paper's tone becomes about {@code 1 - paper}, mottled
 *     by 20 % of that over some 64 pixels
 * @param grain paper texture, in [0, 1]: a fibrous grain (features of 1 to 4 pixels) darkens by up
 *     to this share
 * @param crumple crumpled paper, in [0, 1]: the shading of a random height field with sharp ridges
 *     (the paper's wrinkles), lit from one side at a random azimuth; 1 tilts the steepest facets by
 *     about 45 degrees
 * @param crumpleScale size of the wrinkles' facets in pixels, in [4, 2000]
 * @param creases fold lines, in [0, 20]: the expected number of straight folds per 1,000 pixels of
 *     the page's height plus width; each is a sharp ridge or valley in the same height field, lit
 *     the same way, with a thin line of dirt along it
 * @param rings coffee and water stains, in [0, 1000]: expected rings per million pixels (their
 *     centres fall anywhere within a ring radius of the page, so arcs cross a page's edges)
 * @param ringRadius mean ring radius in pixels, in [2, 2000]; each ring's is 0.5 to 1.5 times this
 * @param ringDepth darkening on a ring's rim, in [0, 1); each ring's is 0.5 to 1 times this, and
 *     its inside is darkened by 10 % to 40 % of that
 * @param backdrop a picture behind the text, in [0, 1): the page is multiplied by a collage of
 *     shapes with hard edges, thin bars and shading, at most this deep; see {@link Backdrop}
 * @param backdropScale typical size of the picture's shapes in pixels, in [4, 2000]
 */
public record PageDamage(
    double fade,
    double erosion,
    double bleed,
    double paper,
    double grain,
    double crumple,
    double crumpleScale,
    double creases,
    double rings,
    double ringRadius,
    double ringDepth,
    double backdrop,
    double backdropScale) {

  /** Parameter key of {@link #fade}. */
  public static final String FADE = "fade";

  /** Parameter key of {@link #erosion}. */
  public static final String EROSION = "erosion";

  /** Parameter key of {@link #bleed}. */
  public static final String BLEED = "bleed";

  /** Parameter key of {@link #paper}. */
  public static final String PAPER = "paper";

  /** Parameter key of {@link #grain}. */
  public static final String GRAIN = "grain";

  /** Parameter key of {@link #crumple}. */
  public static final String CRUMPLE = "crumple";

  /** Parameter key of {@link #crumpleScale}. */
  public static final String CRUMPLE_SCALE = "crumple-scale";

  /** Parameter key of {@link #creases}. */
  public static final String CREASES = "creases";

  /** Parameter key of {@link #rings}. */
  public static final String RINGS = "rings";

  /** Parameter key of {@link #ringRadius}. */
  public static final String RING_RADIUS = "ring-radius";

  /** Parameter key of {@link #ringDepth}. */
  public static final String RING_DEPTH = "ring-depth";

  /** Parameter key of {@link #backdrop}. */
  public static final String BACKDROP = "backdrop";

  /** Parameter key of {@link #backdropScale}. */
  public static final String BACKDROP_SCALE = "backdrop-scale";

  /** Default wrinkle size: a few millimetres at 200 dpi. */
  public static final double CRUMPLE_SCALE_DEFAULT = 48;

  /** Default ring radius: a coffee cup's rim at about 70 dpi, a spoon's at 200. */
  public static final double RING_RADIUS_DEFAULT = 80;

  /** Default rim darkening. */
  public static final double RING_DEPTH_DEFAULT = 0.35;

  /** Default size of the backdrop's shapes: a few millimetres at 100 dpi. */
  public static final double BACKDROP_SCALE_DEFAULT = 40;

  /** The generation of {@code scan}'s parameters that added the backdrop. */
  private static final int BACKDROP_GENERATION = 2;

  /** Every stage off. */
  public static final PageDamage NONE =
      new PageDamage(
          0,
          0,
          0,
          0,
          0,
          0,
          CRUMPLE_SCALE_DEFAULT,
          0,
          0,
          RING_RADIUS_DEFAULT,
          RING_DEPTH_DEFAULT,
          0,
          BACKDROP_SCALE_DEFAULT);

  /** The parameters, with their defaults (every stage off), for {@link ScanNoise}'s spec type. */
  static final List<NoiseModelType.Parameter> PARAMETERS =
      List.of(
          NoiseModelType.Parameter.optional(FADE, 0),
          NoiseModelType.Parameter.optional(EROSION, 0),
          NoiseModelType.Parameter.optional(BLEED, 0),
          NoiseModelType.Parameter.optional(PAPER, 0),
          NoiseModelType.Parameter.optional(GRAIN, 0),
          NoiseModelType.Parameter.optional(CRUMPLE, 0),
          NoiseModelType.Parameter.optional(CRUMPLE_SCALE, CRUMPLE_SCALE_DEFAULT),
          NoiseModelType.Parameter.optional(CREASES, 0),
          NoiseModelType.Parameter.optional(RINGS, 0),
          NoiseModelType.Parameter.optional(RING_RADIUS, RING_RADIUS_DEFAULT),
          NoiseModelType.Parameter.optional(RING_DEPTH, RING_DEPTH_DEFAULT),
          NoiseModelType.Parameter.added(BACKDROP, 0, BACKDROP_GENERATION),
          NoiseModelType.Parameter.added(
              BACKDROP_SCALE, BACKDROP_SCALE_DEFAULT, BACKDROP_GENERATION));

  private static final double MIN_FEATURE_SCALE = 4;
  private static final double MAX_LENGTH = 2000;
  private static final double MAX_CREASES = 20;
  private static final double MAX_RINGS = 1000;
  private static final double MIN_RING_RADIUS = 2;
  private static final double FADE_SCALE = 96;
  private static final double EROSION_SCALE = 3;
  private static final double EROSION_SOFTNESS = 0.08;
  private static final double BLEED_BLUR = 1.2;
  private static final double MOTTLE_SCALE = 64;
  private static final double MOTTLE = 0.2;
  private static final double GRAIN_SCALE = 4;
  private static final int GRAIN_OCTAVES = 3;
  private static final double GRAIN_PERSISTENCE = 0.6;
  private static final double PER_MILLION = 1e-6;
  private static final double PER_THOUSAND = 1e-3;

  /** Checks every parameter, naming the bad one. */
  public PageDamage {
    ScannerNoise.check(FADE, fade, 0, 1, true);
    ScannerNoise.check(EROSION, erosion, 0, 1, false);
    ScannerNoise.check(BLEED, bleed, 0, 1, false);
    ScannerNoise.check(PAPER, paper, 0, 1, false);
    ScannerNoise.check(GRAIN, grain, 0, 1, true);
    ScannerNoise.check(CRUMPLE, crumple, 0, 1, true);
    ScannerNoise.check(CRUMPLE_SCALE, crumpleScale, MIN_FEATURE_SCALE, MAX_LENGTH, true);
    ScannerNoise.check(CREASES, creases, 0, MAX_CREASES, true);
    ScannerNoise.check(RINGS, rings, 0, MAX_RINGS, true);
    ScannerNoise.check(RING_RADIUS, ringRadius, MIN_RING_RADIUS, MAX_LENGTH, true);
    ScannerNoise.check(RING_DEPTH, ringDepth, 0, 1, false);
    ScannerNoise.check(BACKDROP, backdrop, 0, 1, false);
    ScannerNoise.check(BACKDROP_SCALE, backdropScale, MIN_FEATURE_SCALE, MAX_LENGTH, true);
  }

  /** The damage with the values of {@link #PARAMETERS} found in {@code values}. */
  static PageDamage of(Map<String, Double> v) {
    return new PageDamage(
        v.get(FADE),
        v.get(EROSION),
        v.get(BLEED),
        v.get(PAPER),
        v.get(GRAIN),
        v.get(CRUMPLE),
        v.get(CRUMPLE_SCALE),
        v.get(CREASES),
        v.get(RINGS),
        v.get(RING_RADIUS),
        v.get(RING_DEPTH),
        v.get(BACKDROP),
        v.get(BACKDROP_SCALE));
  }

  /** Adds every parameter to {@code map}. */
  void putParameters(SortedMap<String, Double> map) {
    map.put(FADE, fade);
    map.put(EROSION, erosion);
    map.put(BLEED, bleed);
    map.put(PAPER, paper);
    map.put(GRAIN, grain);
    map.put(CRUMPLE, crumple);
    map.put(CRUMPLE_SCALE, crumpleScale);
    map.put(CREASES, creases);
    map.put(RINGS, rings);
    map.put(RING_RADIUS, ringRadius);
    map.put(RING_DEPTH, ringDepth);
    map.put(BACKDROP, backdrop);
    map.put(BACKDROP_SCALE, backdropScale);
  }

  /** The stages that act on the ink and the paper before the page is handled: wear, bleed, age. */
  Image age(Image page, NoiseRandom rng) {
    return agePaper(bleedThrough(wearInk(page, rng), rng), rng);
  }

  /**
   * Fading and erosion: the darkness {@code 1 - v} of every sample is scaled by the share of ink
   * that is left, so that white paper stays white.
   */
  Image wearInk(Image page, NoiseRandom rng) {
    if (fade == 0 && erosion == 0) {
      return page;
    }
    int h = page.height();
    int w = page.width();
    float[] left = new float[h * w];
    java.util.Arrays.fill(left, 1f);
    if (fade > 0) {
      float[] field = SmoothField.value(h, w, FADE_SCALE, rng);
      for (int i = 0; i < left.length; i++) {
        left[i] *= (float) (1 - fade * (0.75 + 0.25 * field[i]));
      }
    }
    if (erosion > 0) {
      float[] field = SmoothField.fractal(h, w, EROSION_SCALE, 2, 0.5, rng);
      for (int i = 0; i < left.length; i++) {
        double u = 0.5 + 0.5 * field[i];
        left[i] *= (float) smoothstep(erosion - EROSION_SOFTNESS, erosion + EROSION_SOFTNESS, u);
      }
    }
    float[] in = page.samples();
    float[] out = new float[in.length];
    int c = page.channels();
    for (int i = 0; i < out.length; i++) {
      out[i] = Samples.clip(1 - (1 - in[i]) * left[i / c]);
    }
    return page.withSamples(out);
  }

  /**
   * The page darkened by a mirror image of itself, shifted by up to an eighth of the page each way
   * and blurred, drawing two uniforms.
   */
  Image bleedThrough(Image page, NoiseRandom rng) {
    if (bleed == 0) {
      return page;
    }
    int h = page.height();
    int w = page.width();
    int c = page.channels();
    int shiftY = (int) Math.round((rng.nextDouble() - 0.5) * h / 4);
    int shiftX = (int) Math.round((rng.nextDouble() - 0.5) * w / 4);
    float[] in = page.samples();
    float[] mirrored = new float[in.length];
    for (int y = 0; y < h; y++) {
      int sy = Boundary.mirror(y + shiftY, h);
      for (int x = 0; x < w; x++) {
        int sx = Boundary.mirror(w - 1 - x + shiftX, w);
        System.arraycopy(in, (sy * w + sx) * c, mirrored, (y * w + x) * c, c);
      }
    }
    float[] back = new GaussianFilter(BLEED_BLUR).denoise(page.withSamples(mirrored)).samples();
    float[] out = new float[in.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Samples.clip(in[i] * (1 - bleed * (1 - back[i])));
    }
    return page.withSamples(out);
  }

  /** Paper tone with its mottling, the grain and the backdrop, as one multiplication. */
  Image agePaper(Image page, NoiseRandom rng) {
    if (paper == 0 && grain == 0 && backdrop == 0) {
      return page;
    }
    int h = page.height();
    int w = page.width();
    float[] gain = new float[h * w];
    java.util.Arrays.fill(gain, 1f);
    if (paper > 0) {
      float[] mottle = SmoothField.value(h, w, MOTTLE_SCALE, rng);
      for (int i = 0; i < gain.length; i++) {
        gain[i] *= (float) (1 - paper * (1 + MOTTLE * mottle[i]));
      }
    }
    if (grain > 0) {
      float[] fibres =
          SmoothField.fractal(h, w, GRAIN_SCALE, GRAIN_OCTAVES, GRAIN_PERSISTENCE, rng);
      for (int i = 0; i < gain.length; i++) {
        gain[i] *= (float) (1 - grain * (0.5 + 0.5 * fibres[i]));
      }
    }
    if (backdrop > 0) {
      float[] picture = new Backdrop(backdrop, backdropScale).gain(h, w, rng);
      for (int i = 0; i < gain.length; i++) {
        gain[i] *= picture[i];
      }
    }
    return multiply(page, gain);
  }

  /** Crumpling and folds, lit as one height field; see {@link PaperRelief}. */
  Image crumple(Image page, NoiseRandom rng) {
    if (crumple == 0 && creases == 0) {
      return page;
    }
    return multiply(
        page, new PaperRelief(crumple, crumpleScale, creases * PER_THOUSAND).gain(page, rng));
  }

  /** Coffee and water rings, see {@link RingStain}. */
  Image ringStains(Image page, NoiseRandom rng) {
    if (rings == 0 || ringDepth == 0) {
      return page;
    }
    double area = (page.height() + 2 * ringRadius) * (page.width() + 2 * ringRadius);
    long count =
        rng.nextPoisson(Math.min(NoiseRandom.MAX_POISSON_LAMBDA, rings * PER_MILLION * area));
    float[] out = page.samples().clone();
    for (long s = 0; s < count; s++) {
      new RingStain(page, ringRadius, ringDepth, rng).darken(out, page);
    }
    return page.withSamples(out);
  }

  /** Every sample of a pixel multiplied by that pixel's gain, clipped to [0, 1]. */
  static Image multiply(Image page, float[] gain) {
    float[] in = page.samples();
    float[] out = new float[in.length];
    int c = page.channels();
    for (int i = 0; i < out.length; i++) {
      out[i] = Samples.clip(in[i] * gain[i / c]);
    }
    return page.withSamples(out);
  }

  private static double smoothstep(double low, double high, double x) {
    double t = Math.min(1, Math.max(0, (x - low) / (high - low)));
    return t * t * (3 - 2 * t);
  }
}
