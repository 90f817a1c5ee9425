/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.filter.GaussianFilter;
import io.sparkdenoise.core.image.Image;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a flatbed scanner and an archive's storage do to a page, in the order they happen: uneven
 * illumination (a smooth multiplicative shading, darker towards one side and one corner), optical
 * blur, dust specks, sensor noise, and JPEG re-compression. Each stage is off when its parameter is
 * 0. Spec name {@code scanner}, e.g. {@code
 * scanner:blur=0.8,noise=6,specks=0.0005,light=0.2,jpeg=75}.
 *
 * @param blur Gaussian blur sigma in pixels, in [0, 10]
 * @param noise Gaussian sensor noise sigma on the 0-255 scale, in [0, 255]
 * @param specks expected dust specks per pixel, in [0, 0.05]; each is a disc of radius 0.5 to 2
 *     pixels, dark (ink-like, 0 to 0.3) four times in five, else bright (0.9 to 1)
 * @param light depth of the illumination shading, in [0, 1): the darkest point is scaled by {@code
 *     1 - light}
 * @param jpeg JPEG quality in [1, 100] (rounded to a whole number), or 0 for no re-compression
 */
public record ScannerNoise(double blur, double noise, double specks, double light, double jpeg)
    implements NoiseModel {
  /** Canonical name. */
  public static final String NAME = "scanner";

  /** Parameter key of {@link #blur}. */
  public static final String BLUR = "blur";

  /** Parameter key of {@link #noise}. */
  public static final String NOISE = "noise";

  /** Parameter key of {@link #specks}. */
  public static final String SPECKS = "specks";

  /** Parameter key of {@link #light}. */
  public static final String LIGHT = "light";

  /** Parameter key of {@link #jpeg}. */
  public static final String JPEG = "jpeg";

  /** Default blur: a slightly soft 300 dpi scan. */
  public static final double BLUR_DEFAULT = 0.8;

  /** Default sensor noise on the 0-255 scale. */
  public static final double NOISE_DEFAULT = 6;

  /** Default speck density: about 130 specks on a 512x512 page. */
  public static final double SPECKS_DEFAULT = 0.0005;

  /** Default shading depth. */
  public static final double LIGHT_DEFAULT = 0.2;

  /** Default JPEG quality, typical of archive scans. */
  public static final double JPEG_DEFAULT = 75;

  static final NoiseModelType TYPE =
      new NoiseModelType(
          NAME,
          List.of(
              NoiseModelType.Parameter.optional(BLUR, BLUR_DEFAULT),
              NoiseModelType.Parameter.optional(NOISE, NOISE_DEFAULT),
              NoiseModelType.Parameter.optional(SPECKS, SPECKS_DEFAULT),
              NoiseModelType.Parameter.optional(LIGHT, LIGHT_DEFAULT),
              NoiseModelType.Parameter.optional(JPEG, JPEG_DEFAULT)),
          v ->
              new ScannerNoise(
                  v.get(BLUR), v.get(NOISE), v.get(SPECKS), v.get(LIGHT), v.get(JPEG)));

  private static final double MAX_BLUR = 10;
  private static final double MAX_SPECKS = 0.05;
  private static final double MAX_JPEG = 100;
  private static final double MIN_SPECK_RADIUS = 0.5;
  private static final double MAX_SPECK_RADIUS = 2.0;
  private static final double DARK_SPECK_SHARE = 0.8;
  private static final double DARK_SPECK_MAX = 0.3;
  private static final double BRIGHT_SPECK_MIN = 0.9;

  /** Checks every parameter and rounds the JPEG quality. */
  public ScannerNoise {
    check(BLUR, blur, 0, MAX_BLUR, true);
    check(NOISE, noise, 0, GaussianNoise.FULL_SCALE, true);
    check(SPECKS, specks, 0, MAX_SPECKS, true);
    check(LIGHT, light, 0, 1, false);
    check(JPEG, jpeg, 0, MAX_JPEG, true);
    jpeg = Math.rint(jpeg);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SortedMap<String, Double> parameters() {
    SortedMap<String, Double> map = new TreeMap<>();
    map.put(BLUR, blur);
    map.put(NOISE, noise);
    map.put(SPECKS, specks);
    map.put(LIGHT, light);
    map.put(JPEG, jpeg);
    return Collections.unmodifiableSortedMap(map);
  }

  @Override
  public Image apply(Image clean, NoiseRandom rng) {
    Image page = blur(shade(clean, rng));
    page = addSpecks(page, rng);
    page = addSensorNoise(page, rng);
    return recompress(page);
  }

  /**
   * Multiplies by 1 - light * g, g in [0, 1]: half a linear ramp, half a radial falloff. Draws
   * three uniforms whatever {@code light} is. Package-private, with the other stages, for {@link
   * ScanNoise}.
   */
  Image shade(Image page, NoiseRandom rng) {
    double angle = 2 * Math.PI * rng.nextDouble();
    double cy = rng.nextDouble();
    double cx = rng.nextDouble();
    if (light == 0) {
      return page;
    }
    int h = page.height();
    int w = page.width();
    int c = page.channels();
    float[] in = page.samples();
    float[] out = new float[in.length];
    double dy = Math.sin(angle);
    double dx = Math.cos(angle);
    for (int y = 0; y < h; y++) {
      double v = (y + 0.5) / h;
      for (int x = 0; x < w; x++) {
        double u = (x + 0.5) / w;
        double ramp = 0.5 + 0.5 * ((v - 0.5) * dy + (u - 0.5) * dx) / Math.sqrt(0.5);
        double radial = Math.min(1.0, Math.hypot(v - cy, u - cx) / Math.sqrt(2));
        double gain = 1 - light * 0.5 * (ramp + radial);
        int o = (y * w + x) * c;
        for (int k = 0; k < c; k++) {
          out[o + k] = Samples.clip(in[o + k] * gain);
        }
      }
    }
    return page.withSamples(out);
  }

  /** Gaussian optical blur; the page itself when blur is 0. */
  Image blur(Image page) {
    return blur > 0 ? new GaussianFilter(blur).denoise(page) : page;
  }

  Image addSpecks(Image page, NoiseRandom rng) {
    long count = specks > 0 ? rng.nextPoisson(specks * page.pixelCount()) : 0;
    if (count == 0) {
      return page;
    }
    float[] out = page.samples().clone();
    for (long s = 0; s < count; s++) {
      double y = rng.nextDouble() * page.height();
      double x = rng.nextDouble() * page.width();
      double r = MIN_SPECK_RADIUS + (MAX_SPECK_RADIUS - MIN_SPECK_RADIUS) * rng.nextDouble();
      boolean dark = rng.nextDouble() < DARK_SPECK_SHARE;
      double t = rng.nextDouble();
      float tone =
          (float) (dark ? DARK_SPECK_MAX * t : BRIGHT_SPECK_MIN + (1 - BRIGHT_SPECK_MIN) * t);
      paintDisc(out, page, y, x, r, tone);
    }
    return page.withSamples(out);
  }

  private static void paintDisc(
      float[] out, Image page, double cy, double cx, double r, float tone) {
    int c = page.channels();
    int y0 = Math.max(0, (int) Math.floor(cy - r));
    int y1 = Math.min(page.height() - 1, (int) Math.ceil(cy + r));
    int x0 = Math.max(0, (int) Math.floor(cx - r));
    int x1 = Math.min(page.width() - 1, (int) Math.ceil(cx + r));
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        if (Math.hypot(y + 0.5 - cy, x + 0.5 - cx) <= r) {
          int o = (y * page.width() + x) * c;
          for (int k = 0; k < c; k++) {
            out[o + k] = tone;
          }
        }
      }
    }
  }

  Image addSensorNoise(Image page, NoiseRandom rng) {
    if (noise == 0) {
      return page;
    }
    return new GaussianNoise(noise).apply(page, rng);
  }

  /** One JPEG round trip at the quality; the page itself when jpeg is 0. */
  Image recompress(Image page) {
    if (jpeg == 0) {
      return page;
    }
    try {
      byte[] bytes = ImageCodec.encode(page, EncodeOptions.jpeg((int) jpeg));
      return ImageCodec.decode(bytes, page.id(), DecodeLimits.DEFAULT).get(0).image();
    } catch (ImageDecodeException e) {
      throw new IllegalStateException("our own JPEG did not decode: " + e.getMessage(), e);
    }
  }

  /** Refuses {@code value} outside [low, high] (closed) or [low, high), naming the key. */
  static void check(String key, double value, double low, double high, boolean closed) {
    boolean ok = value >= low && (closed ? value <= high : value < high);
    if (!ok) {
      throw new IllegalArgumentException(
          key
              + " must be in ["
              + SpecNumbers.format(low)
              + ", "
              + SpecNumbers.format(high)
              + (closed ? "]" : ")")
              + ", got "
              + SpecNumbers.format(value));
    }
  }
}
