/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundaryTest {
  @ParameterizedTest(name = "index {0} of 4 reads {1}")
  @CsvSource({
    // a b c d | a b c d | d c b a  (period 8)
    "0, 0",
    "3, 3",
    "-1, 0",
    "-2, 1",
    "-4, 3",
    "-5, 3",
    "4, 3",
    "5, 2",
    "7, 0",
    "8, 0",
    "13, 2"
  })
  void reflectsHalfSampleSymmetrically(int index, int expected) {
    assertThat(Boundary.reflect(index, 4)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "index {0} of 4 mirrors {1}")
  @CsvSource({
    // c b | a b c d | c b a  (period 6): the edge sample is not repeated
    "0, 0",
    "3, 3",
    "-1, 1",
    "-2, 2",
    "-3, 3",
    "-4, 2",
    "4, 2",
    "5, 1",
    "6, 0",
    "7, 1",
    "13, 1"
  })
  void mirrorsWholeSampleSymmetrically(int index, int expected) {
    assertThat(Boundary.mirror(index, 4)).isEqualTo(expected);
  }

  @Test
  void aSingleSampleIsEverywhere() {
    assertThat(Boundary.reflect(-7, 1)).isZero();
    assertThat(Boundary.reflect(5, 1)).isZero();
    assertThat(Boundary.mirror(-7, 1)).isZero();
    assertThat(Boundary.mirror(5, 1)).isZero();
  }

  @Test
  void rejectsAnEmptyAxis() {
    assertThatThrownBy(() -> Boundary.reflect(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("length must be positive, got 0");
    assertThatThrownBy(() -> Boundary.mirror(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("length must be positive, got 0");
  }
}
