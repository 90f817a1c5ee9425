/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterErrorRateTest {
  @Test
  void isTheEditDistanceOverTheReferencesLength() {
    // kitten -> sitting: substitute k and e, insert g
    assertThat(CharacterErrorRate.of("kitten", "sitting")).isEqualTo(3 / 7.0);
    assertThat(CharacterErrorRate.of("sitting", "sitting")).isZero();
    assertThat(CharacterErrorRate.of("", "abcd")).isEqualTo(1.0);
    assertThat(CharacterErrorRate.of("abcdabcd", "abcd")).isEqualTo(1.0);
    assertThat(CharacterErrorRate.of("xxxxxxxxx", "abc")).isEqualTo(3.0);
  }

  @Test
  void whiteSpaceRunsCountAsOneSpaceAndTheEndsAreTrimmed() {
    assertThat(CharacterErrorRate.of("  the\n\nquick \t brown ", "the quick brown")).isZero();
    assertThat(CharacterErrorRate.of("thequick", "the quick")).isEqualTo(1 / 9.0);
  }

  @Test
  void charactersAreCodePointsNotUtf16Units() {
    // U+1D400 MATHEMATICAL BOLD CAPITAL A is two UTF-16 units but one character
    assertThat(CharacterErrorRate.of("\uD835\uDC00b", "ab")).isEqualTo(0.5);
  }

  @Test
  void theEditDistanceOfTwoStringsFoldsNothing() {
    assertThat(CharacterErrorRate.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(CharacterErrorRate.editDistance("score.note", "score.noise")).isEqualTo(2);
    assertThat(CharacterErrorRate.editDistance(" a  b", "a b")).isEqualTo(2);
    assertThat(CharacterErrorRate.editDistance("\uD835\uDC00", "")).isEqualTo(1);
  }

  @Test
  void anEmptyReferenceHasNoRate() {
    assertThat(CharacterErrorRate.of("text", " \n ")).isNaN();
  }
}
