/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

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

  /**
   * The splits named in {@code text}, comma-separated, e.g. {@code "train,validation"}; blanks
   * around names are ignored, repeats count once.
   *
   * @throws IllegalArgumentException for an empty name or one that is not a split
   */
  public static Set<Split> listOf(String text) {
    Set<Split> splits = EnumSet.noneOf(Split.class);
    for (String label : text.split(",", -1)) {
      if (label.isBlank()) {
        throw new IllegalArgumentException(
            "must be split names separated by commas, e.g. train,validation");
      }
      splits.add(fromLabel(label.trim()));
    }
    return Collections.unmodifiableSet(splits);
  }

  /**
   * The labels of {@code splits} in split order, comma-separated, as {@link #listOf} reads them.
   */
  public static String labels(Set<Split> splits) {
    return String.join(",", EnumSet.copyOf(splits).stream().map(Split::label).toList());
  }
}
