/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.training;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The validation metric early stopping watches, and which way is better. */
public enum Monitor {
  /** The validation loss per pixel; lower is better. */
  VAL_LOSS(false),
  /** The mean validation PSNR in dB; higher is better. */
  VAL_PSNR(true),
  /** The mean validation SSIM (Wang); higher is better. */
  VAL_SSIM(true);

  private final boolean higherIsBetter;

  Monitor(boolean higherIsBetter) {
    this.higherIsBetter = higherIsBetter;
  }

  /** The name in configs and reports: {@code val-loss}, {@code val-psnr} or {@code val-ssim}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether a larger value is an improvement. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /**
   * Whether {@code candidate} beats {@code best} by more than {@code minDelta} (a NaN best, no
   * value yet, is beaten by any number; a NaN candidate beats nothing).
   */
  public boolean improves(double candidate, double best, double minDelta) {
    if (Double.isNaN(candidate)) {
      return false;
    }
    if (Double.isNaN(best)) {
      return true;
    }
    return higherIsBetter ? candidate > best + minDelta : candidate < best - minDelta;
  }

  /**
   * The monitor named {@code id}.
   *
   * @throws IllegalArgumentException listing the known names when there is none
   */
  public static Monitor byId(String id) {
    for (Monitor m : values()) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "the early-stopping metric must be one of "
            + Arrays.stream(values()).map(Monitor::id).collect(Collectors.joining(", "))
            + ", got "
            + id);
  }
}
