/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.testing.TestImages;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our metrics agree with scikit-image 0.19.3 on the oracle pairs (see oracle/README.md). */
class OracleMetricsTest {
  private static final double PSNR_TOLERANCE_DB = 1e-4;
  private static final double SSIM_TOLERANCE = 1e-5;

  /** oracle.csv prints MSE on the 0-255 scale with six decimals: half a unit of the last. */
  private static final double MSE_PRINTED_ROUNDING = 5e-7;

  /** Largest error of a difference of two float32 samples in [0, 1]: 2 x half an ulp below 1. */
  private static final double FLOAT_DIFFERENCE_ERROR = 0x1p-24;

  private static final double SCALE_8BIT = 255.0;

  record OraclePair(
      String pair,
      String cleanPng,
      String distortedPng,
      double mse8bit,
      double psnr,
      double ssimSkimage,
      double ssimWang) {
    @Override
    public String toString() {
      return pair;
    }
  }

  static Stream<OraclePair> pairs() {
    return TestImages.csvRows("oracle/oracle.csv").stream()
        .map(
            r ->
                new OraclePair(
                    r[0],
                    r[1],
                    r[2],
                    Double.parseDouble(r[5]),
                    Double.parseDouble(r[6]),
                    Double.parseDouble(r[7]),
                    Double.parseDouble(r[8])));
  }

  /**
   * Our samples k / 255 are float32: each difference d is off by at most e = 2^-24, so the MSE by
   * at most 2 e mean|d| <= 2 e sqrt(MSE); on the 0-255 scale that is 2 e 255 sqrt(MSE_8bit).
   */
  private static double float32MseError(double mse8bit) {
    return 2 * FLOAT_DIFFERENCE_ERROR * SCALE_8BIT * Math.sqrt(mse8bit);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void matchesScikitImage(OraclePair pair) {
    Image clean = TestImages.grayPng("oracle/" + pair.cleanPng());
    Image distorted = TestImages.grayPng("oracle/" + pair.distortedPng());

    assertThat(ImageMetrics.mse(clean, distorted) * SCALE_8BIT * SCALE_8BIT)
        .isCloseTo(pair.mse8bit(), within(MSE_PRINTED_ROUNDING + float32MseError(pair.mse8bit())));
    assertThat(ImageMetrics.psnr(clean, distorted, 1.0))
        .isCloseTo(pair.psnr(), within(PSNR_TOLERANCE_DB));
    assertThat(Ssim.mean(clean, distorted, SsimConvention.SKIMAGE))
        .isCloseTo(pair.ssimSkimage(), within(SSIM_TOLERANCE));
    assertThat(Ssim.mean(clean, distorted, SsimConvention.WANG))
        .isCloseTo(pair.ssimWang(), within(SSIM_TOLERANCE));
  }
}
