/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plan;

import java.util.Locale;

/** The dataset split an image belongs to; {@link #label()} is the value stored in tables. */
public enum Split {
  /** Used to fit the model. */
  TRAIN,
  /** Used for early stopping and model choice during training. */
  VALIDATION,
  /** Held out for the final scores. */
  TEST;

  /** The lower-case name stored in the {@code split} column. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The split named by {@code label} ({@code train}, {@code validation} or {@code test}). */
  public static Split fromLabel(String label) {
    for (Split s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "split must be one of train, validation, test; got '" + label + "'");
  }
}
