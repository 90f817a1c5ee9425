/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopwatchTest {
  @Test
  void measuresTheSameSpanInSecondsMillisecondsAndSecondsRoundedToTheMillisecond()
      throws InterruptedException {
    Stopwatch watch = Stopwatch.start();
    Thread.sleep(30);

    double millis = watch.millis();
    double seconds = watch.seconds();
    double rounded = watch.roundedSeconds();

    assertThat(millis).isGreaterThanOrEqualTo(30);
    assertThat(seconds).isGreaterThanOrEqualTo(millis / 1000);
    assertThat(rounded * 1000).isEqualTo(Math.rint(rounded * 1000));
    assertThat(rounded).isGreaterThanOrEqualTo(0.030);
  }
}
