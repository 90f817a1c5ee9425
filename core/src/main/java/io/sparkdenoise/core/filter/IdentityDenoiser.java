/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.filter;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.Denoiser;

/**
 * The "do nothing" baseline, named {@code identity}: scores of the noisy input itself, against
 * which every real method is compared. Returns its input unchanged (same instance). Thread-safe.
 */
public final class IdentityDenoiser implements Denoiser {
  /** The method name in metrics tables. */
  public static final String NAME = "identity";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Image denoise(Image noisy) {
    return noisy;
  }
}
