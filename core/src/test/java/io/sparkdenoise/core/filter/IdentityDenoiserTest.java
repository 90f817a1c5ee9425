/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.testing.TestImages;
import org.junit.jupiter.api.Test;

class IdentityDenoiserTest {
  @Test
  void returnsTheNoisyInputUnderTheNameIdentity() {
    Image noisy = TestImages.gray(4, 4, i -> i / 16.0);
    IdentityDenoiser identity = new IdentityDenoiser();
    assertThat(identity.denoise(noisy)).isSameAs(noisy);
    assertThat(identity.name()).isEqualTo("identity");
  }
}
