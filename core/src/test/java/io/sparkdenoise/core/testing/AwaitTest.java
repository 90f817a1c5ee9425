/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AwaitTest {
  @Test
  void returnsOnceTheConditionHolds() throws InterruptedException {
    AtomicInteger polls = new AtomicInteger();

    Await.until("the third poll", Duration.ofSeconds(10), () -> polls.incrementAndGet() == 3);

    assertThat(polls).hasValue(3);
  }

  @Test
  void failsAtTheDeadlineNamingWhatItAwaited() {
    assertThatThrownBy(() -> Await.until("a miracle", Duration.ofMillis(120), () -> false))
        .isInstanceOf(AssertionError.class)
        .hasMessage("still waiting for a miracle after PT0.12S");
  }
}
