/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.image.Image;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A scanned archive page: what age and handling did to the paper ({@link PageDamage}), everything
 * {@link ScannerNoise} does, plus stains and optional bitonal thresholding, in the order they
 * happen: worn ink (fading, erosion), bleed-through, aged paper (tone, grain), crumpling and folds,
 * illumination shading, stains (smooth dark blotches), coffee and water rings, optical blur, dust
 * specks, sensor noise, thresholding to black and white (as fax and CCITT archive scanners do),
 * JPEG re-compression. Each stage is off when its parameter is 0. Spec name {@code scan}, e.g.
 * {@code scan:stains=2,bitonal=2,jpeg=0} or {@code scan:paper=0.2,crumple=0.6,rings=20,fade=0.4}.
 * With the page damage, stains and bitonal off it makes exactly the {@code scanner} model's pixels
 * for the same stream.
 *
 * @param scanner the shared stages: blur, noise, specks, light, jpeg as in {@link ScannerNoise}
 * @param damage the paper's own damage, see {@link PageDamage}
 * @param stains expected stains per million pixels, in [0, 1000]
 * @param stainRadius typical stain radius in pixels, in [1, 1000]; each stain is an elliptical
 *     Gaussian blotch whose longer semi-axis (one standard deviation) is 0.5 to 1.5 times this
 * @param stainDepth darkening at a stain's centre, in [0, 1): each stain multiplies the page by
 *     {@code 1 - d m}, m its shape in (0, 1], d drawn from 0.3 to 1 times this
 * @param bitonal 0 keeps gray levels, 1 thresholds globally at {@code cutoff}, 2 adaptively against
 *     the mean of a {@code window} x {@code window} neighbourhood (Bradley and Roth: black where a
 *     sample is more than {@value #ADAPTIVE_BIAS} below its local mean), as 0, 1 or 2 (rounded)
 * @param cutoff the global threshold, in (0, 1): samples below it become black (0), others white
 * @param window side of the adaptive threshold's square neighbourhood in pixels, in [3, 1001]
 *     (rounded)
 */
public record ScanNoise(
    ScannerNoise scanner,
    PageDamage damage,
    double stains,
    double stainRadius,
    double stainDepth,
    double bitonal,
    double cutoff,
    double window)
    implements NoiseModel {
  /** Canonical name. */
  public static final String NAME = "scan";

  /** Parameter key of {@link #stains}. */
  public static final String STAINS = "stains";

  /** Parameter key of {@link #stainRadius}. */
  public static final String STAIN_RADIUS = "stain-radius";

  /** Parameter key of {@link #stainDepth}. */
  public static final String STAIN_DEPTH = "stain-depth";

  /** Parameter key of {@link #bitonal}. */
  public static final String BITONAL = "bitonal";

  /** Parameter key of {@link #cutoff}. */
  public static final String CUTOFF = "cutoff";

  /** Parameter key of {@link #window}. */
  public static final String WINDOW = "window";

  /** Default stain density: about 4 stains on an A4 page at 200 dpi. */
  public static final double STAINS_DEFAULT = 1;

  /** Default stain radius: about 5 mm at 200 dpi. */
  public static final double STAIN_RADIUS_DEFAULT = 40;

  /** Default stain depth. */
  public static final double STAIN_DEPTH_DEFAULT = 0.3;

  /** Default thresholding: none. */
  public static final double BITONAL_DEFAULT = 0;

  /** Default global threshold. */
  public static final double CUTOFF_DEFAULT = 0.5;

  /** Default adaptive window: about 4 mm at 200 dpi, a few strokes wide. */
  public static final double WINDOW_DEFAULT = 31;

  /** How far below its local mean a sample must be to turn black in adaptive mode (15 %). */
  public static final double ADAPTIVE_BIAS = 0.15;

  static final NoiseModelType TYPE =
      new NoiseModelType(
          NAME,
          Stream.of(
                  ScannerNoise.TYPE.parameters().stream(),
                  PageDamage.PARAMETERS.stream(),
                  Stream.of(
                      NoiseModelType.Parameter.optional(STAINS, STAINS_DEFAULT),
                      NoiseModelType.Parameter.optional(STAIN_RADIUS, STAIN_RADIUS_DEFAULT),
                      NoiseModelType.Parameter.optional(STAIN_DEPTH, STAIN_DEPTH_DEFAULT),
                      NoiseModelType.Parameter.optional(BITONAL, BITONAL_DEFAULT),
                      NoiseModelType.Parameter.optional(CUTOFF, CUTOFF_DEFAULT),
                      NoiseModelType.Parameter.optional(WINDOW, WINDOW_DEFAULT)))
              .flatMap(s -> s)
              .toList(),
          v ->
              new ScanNoise(
                  (ScannerNoise) ScannerNoise.TYPE.create(v),
                  PageDamage.of(v),
                  v.get(STAINS),
                  v.get(STAIN_RADIUS),
                  v.get(STAIN_DEPTH),
                  v.get(BITONAL),
                  v.get(CUTOFF),
                  v.get(WINDOW)));

  private static final double MAX_STAINS = 1000;
  private static final double MAX_STAIN_RADIUS = 1000;
  private static final double MAX_WINDOW = 1001;
  private static final double MIN_WINDOW = 3;
  private static final double PER_MILLION = 1e-6;

  /** Checks every parameter and rounds the mode and the window. */
  public ScanNoise {
    if (scanner == null || damage == null) {
      throw new IllegalArgumentException("the scanner stages and the page damage must be given");
    }
    ScannerNoise.check(STAINS, stains, 0, MAX_STAINS, true);
    ScannerNoise.check(STAIN_RADIUS, stainRadius, 1, MAX_STAIN_RADIUS, true);
    ScannerNoise.check(STAIN_DEPTH, stainDepth, 0, 1, false);
    ScannerNoise.check(BITONAL, bitonal, 0, 2, true);
    if (!(cutoff > 0 && cutoff < 1)) {
      throw new IllegalArgumentException(
          CUTOFF + " must be in (0, 1), got " + SpecNumbers.format(cutoff));
    }
    ScannerNoise.check(WINDOW, window, MIN_WINDOW, MAX_WINDOW, true);
    bitonal = Math.rint(bitonal);
    window = Math.rint(window);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SortedMap<String, Double> parameters() {
    SortedMap<String, Double> map = new TreeMap<>(scanner.parameters());
    damage.putParameters(map);
    map.put(STAINS, stains);
    map.put(STAIN_RADIUS, stainRadius);
    map.put(STAIN_DEPTH, stainDepth);
    map.put(BITONAL, bitonal);
    map.put(CUTOFF, cutoff);
    map.put(WINDOW, window);
    return Collections.unmodifiableSortedMap(map);
  }

  @Override
  public Image apply(Image clean, NoiseRandom rng) {
    Image page = damage.crumple(damage.age(clean, rng), rng);
    page = scanner.shade(page, rng);
    page = stain(page, rng);
    page = damage.ringStains(page, rng);
    page = scanner.blur(page);
    page = scanner.addSpecks(page, rng);
    page = scanner.addSensorNoise(page, rng);
    page = threshold(page);
    return scanner.recompress(page);
  }

  private Image stain(Image page, NoiseRandom rng) {
    long count = stains > 0 ? rng.nextPoisson(stains * PER_MILLION * page.pixelCount()) : 0;
    if (count == 0 || stainDepth == 0) {
      return page;
    }
    float[] out = page.samples().clone();
    for (long s = 0; s < count; s++) {
      Stain.random(page, stainRadius, stainDepth, rng).darken(out, page);
    }
    return page.withSamples(out);
  }

  private Image threshold(Image page) {
    return switch ((int) bitonal) {
      case 0 -> page;
      case 1 -> Thresholds.global(page, cutoff);
      default -> Thresholds.adaptive(page, (int) window, ADAPTIVE_BIAS);
    };
  }
}
