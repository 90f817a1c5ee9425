/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.testing.TestImages;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GaussianFilterTest {
  /** Our output is float32: half an ulp of a sample below 1 is 2^-25, well inside 1e-6. */
  private static final double SCIPY_TOLERANCE = 1e-6;

  record Reference(String name, double sigma, Image image, double[] expected) {
    @Override
    public String toString() {
      return name + " sigma " + sigma;
    }
  }

  /** Rows of gaussian_reference.csv, made by make_gaussian_reference.py with scipy. */
  static Stream<Reference> references() {
    return TestImages.csvRows("gaussian_reference.csv").stream()
        .map(
            r ->
                new Reference(
                    r[0],
                    Double.parseDouble(r[9]),
                    TestImages.pattern(
                        r[0],
                        Integer.parseInt(r[1]),
                        Integer.parseInt(r[2]),
                        Integer.parseInt(r[3]),
                        Arrays.stream(r, 4, 9).mapToInt(Integer::parseInt).toArray()),
                    Arrays.stream(r[10].split(" ")).mapToDouble(Double::parseDouble).toArray()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void matchesScipyGaussianFilter(Reference reference) {
    Image blurred = new GaussianFilter(reference.sigma()).denoise(reference.image());

    assertThat(blurred.sameShape(reference.image())).isTrue();
    assertThat(blurred.id()).isEqualTo(reference.image().id());
    float[] samples = blurred.samples();
    assertThat(samples).hasSize(reference.expected().length);
    for (int i = 0; i < samples.length; i++) {
      assertThat((double) samples[i])
          .as("sample %d", i)
          .isCloseTo(reference.expected()[i], within(SCIPY_TOLERANCE));
    }
  }

  @Test
  void keepsAFlatImageFlat() {
    Image flat = TestImages.constant(5, 6, Image.RGB, 0.375f);
    for (float v : new GaussianFilter(2).denoise(flat).samples()) {
      assertThat(v).isCloseTo(0.375f, within(1e-7f));
    }
  }

  @ParameterizedTest(name = "sigma {0} is {1}")
  @CsvSource({"1, gaussian_s1", "1.0, gaussian_s1", "1.5, gaussian_s1_5", "0.25, gaussian_s0_25"})
  void isNamedAfterSigma(double sigma, String name) {
    assertThat(new GaussianFilter(sigma).name()).isEqualTo(name);
  }

  @Test
  void rejectsANonPositiveSigma() {
    assertThatThrownBy(() -> new GaussianFilter(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sigma must be finite and positive, got -3.0");
  }
}
