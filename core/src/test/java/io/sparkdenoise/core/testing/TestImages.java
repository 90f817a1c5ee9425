/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.testing;

import io.sparkdenoise.core.image.Image;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import javax.imageio.ImageIO;

/**
 * Test images: 8-bit gray PNG resources read with javax.imageio (independent of the codec package),
 * the pattern images that the reference scripts in src/test/resources define, and CSV resources.
 */
public final class TestImages {
  private static final double MAX_CODE = 255.0;
  private static final int CODES = 256;

  static {
    // decode in memory: tests need no temporary files
    ImageIO.setUseCache(false);
  }

  private TestImages() {}

  /** An 8-bit grayscale PNG on the test classpath as samples k / 255. */
  public static Image grayPng(String resource) {
    try (InputStream in = open(resource)) {
      BufferedImage png = ImageIO.read(in);
      Raster raster = png.getRaster();
      int h = png.getHeight();
      int w = png.getWidth();
      float[] samples = new float[h * w];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          samples[y * w + x] = (float) (raster.getSample(x, y, 0) / MAX_CODE);
        }
      }
      return Image.of(resource, h, w, Image.GRAY, samples);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /**
   * The pattern image of make_sigma_reference.py: sample(y, x, ch) = float(((a y^2 + b x^2 + c x y
   * + d ch + e) mod 256) / 255).
   */
  public static Image pattern(String id, int h, int w, int channels, int[] abcde) {
    float[] samples = new float[h * w * channels];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        for (int k = 0; k < channels; k++) {
          long code =
              (abcde[0] * (long) y * y
                      + abcde[1] * (long) x * x
                      + abcde[2] * (long) x * y
                      + abcde[3] * (long) k
                      + abcde[4])
                  % CODES;
          samples[(y * w + x) * channels + k] = (float) (code / MAX_CODE);
        }
      }
    }
    return Image.of(id, h, w, channels, samples);
  }

  /** A gray image whose sample at (y, x) is {@code f(y * width + x)}. */
  public static Image gray(int h, int w, DoubleUnaryOperator f) {
    float[] samples = new float[h * w];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (float) f.applyAsDouble(i);
    }
    return Image.of("gray", h, w, Image.GRAY, samples);
  }

  /** A constant image. */
  public static Image constant(int h, int w, int channels, float value) {
    float[] samples = new float[h * w * channels];
    Arrays.fill(samples, value);
    return Image.of("constant", h, w, channels, samples);
  }

  /** The data rows of a CSV resource (header and '#' comments skipped), split on commas. */
  public static List<String[]> csvRows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          rows.add(line.split(",", -1));
        }
        header = false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return rows;
  }

  private static InputStream open(String resource) {
    return Objects.requireNonNull(
        TestImages.class.getResourceAsStream("/" + resource), "no test resource " + resource);
  }
}
