/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.testing.TestImages;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NoiseEstimatorTest {
  private static final double REFERENCE_TOLERANCE = 1e-6;
  private static final long SEED = 20260101L;

  record Reference(String name, Image image, double sigma) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Rows of sigma_reference.csv, made by make_sigma_reference.py with scikit-image 0.19.3. */
  static Stream<Reference> references() {
    return TestImages.csvRows("sigma_reference.csv").stream().map(NoiseEstimatorTest::reference);
  }

  private static Reference reference(String[] r) {
    double sigma = Double.parseDouble(r[9]);
    if (r[0].startsWith("oracle/")) {
      return new Reference(r[0], TestImages.grayPng(r[0]), sigma);
    }
    int[] abcde = Arrays.stream(r, 4, 9).mapToInt(Integer::parseInt).toArray();
    Image image =
        TestImages.pattern(
            r[0], Integer.parseInt(r[1]), Integer.parseInt(r[2]), Integer.parseInt(r[3]), abcde);
    return new Reference(r[0], image, sigma);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void matchesScikitImage(Reference reference) {
    assertThat(NoiseEstimator.estimateSigma(reference.image()))
        .isCloseTo(reference.sigma(), within(REFERENCE_TOLERANCE));
  }

  @ParameterizedTest(name = "{0} samples give {1} coefficients")
  @CsvSource({"1, 2", "2, 2", "3, 3", "8, 5", "9, 6", "28, 15"})
  void db2DetailHasPyWaveletsSize(int n, int expected) {
    // pywt: floor((n + filter length - 1) / 2) with 4 taps
    assertThat(NoiseEstimator.detailLength(n)).isEqualTo(expected);
  }

  @Test
  void recoversTheSigmaOfWhiteGaussianNoise() {
    // on a flat image every diagonal coefficient is pure noise, of the same sigma (db2 is
    // orthonormal); 128x128 gives 65^2 coefficients, so the median estimate is within ~3 %
    double sigma = 0.05;
    SplittableRandom random = new SplittableRandom(SEED);
    Image noisy = TestImages.gray(128, 128, i -> 0.5 + sigma * gaussian(random));
    assertThat(NoiseEstimator.estimateSigma(noisy)).isCloseTo(sigma, within(0.05 * sigma));
  }

  @Test
  void aFlatImageHasNoNoise() {
    // db2's high-pass filter sums to zero only up to rounding: tiny non-zero coefficients remain
    assertThat(NoiseEstimator.estimateSigma(TestImages.constant(9, 9, Image.RGB, 0.5f)))
        .isCloseTo(0, within(1e-15));
  }

  @Test
  void aBlackImageHasOnlyZeroCoefficientsAndEstimatesZero() {
    // scikit-image returns NaN (median of nothing); we return 0
    assertThat(NoiseEstimator.estimateSigma(TestImages.constant(9, 9, Image.GRAY, 0f))).isZero();
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
