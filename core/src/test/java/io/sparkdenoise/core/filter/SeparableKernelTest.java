/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeparableKernelTest {
  private static final double EXACT = 1e-15;

  @ParameterizedTest(name = "sigma {0} truncate {1} has radius {2}")
  @CsvSource({"1.5, 3.5, 5", "1, 4, 4", "0.5, 4, 2", "2.5, 4, 10", "0.1, 4, 0"})
  void gaussianRadiusIsScipys(double sigma, double truncate, int radius) {
    // scipy: radius = int(truncate * sigma + 0.5)
    SeparableKernel kernel = SeparableKernel.gaussian(sigma, truncate);
    assertThat(kernel.radius()).isEqualTo(radius);
    assertThat(kernel.size()).isEqualTo(2 * radius + 1);
  }

  @Test
  void gaussianWeightsAreNormalisedSymmetricAndFollowTheBellCurve() {
    double[] w = SeparableKernel.gaussian(1.5, 3.5).weights();
    assertThat(Arrays.stream(w).sum()).isCloseTo(1.0, within(EXACT));
    for (int k = 0; k < w.length; k++) {
      assertThat(w[k]).isCloseTo(w[w.length - 1 - k], within(EXACT));
    }
    // neighbours one pixel apart differ by exp(-1 / (2 * 1.5^2)) around the centre
    assertThat(w[6] / w[5]).isCloseTo(Math.exp(-1 / 4.5), within(EXACT));
  }

  @Test
  void uniformKernelAverages() {
    SeparableKernel box = SeparableKernel.uniform(3);
    double[] dst = new double[3];
    box.correlateRow(new double[] {3, 6, 9, 0, 3}, 0, dst, 0, 3);
    assertThat(dst).containsExactly(new double[] {6, 5, 4}, within(EXACT));
  }

  @Test
  void correlatesDownColumnsWithTheRowStride() {
    // a 3x2 plane (rows {1, 10}, {2, 20}, {6, 60}): one output row of column means
    SeparableKernel box = SeparableKernel.uniform(3);
    double[] dst = new double[2];
    box.correlateColumns(new double[] {1, 10, 2, 20, 6, 60}, 0, 2, dst, 0, 2);
    assertThat(dst).containsExactly(new double[] {3, 30}, within(EXACT));
  }

  @Test
  void reflectModeOnAPlaneSmallerThanTheKernel() {
    // a 1x2 plane {0, 1} with a 3-tap box: reflected rows are {0,0,1,1} -> {1/3, 2/3}
    double[] out = SeparableKernel.uniform(3).correlateReflect(new double[] {0, 1}, 1, 2);
    assertThat(out).containsExactly(new double[] {1.0 / 3, 2.0 / 3}, within(EXACT));
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> SeparableKernel.uniform(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size must be odd and positive, got 4");
    assertThatThrownBy(() -> SeparableKernel.gaussian(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truncate must be finite and positive, got 0.0");
    assertThatThrownBy(() -> SeparableKernel.uniform(3).correlateReflect(new double[5], 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plane of 5 samples is not 2x3");
  }
}
