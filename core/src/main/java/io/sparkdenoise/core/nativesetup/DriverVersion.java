/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * An NVIDIA driver version such as {@code 535.104.05}, compared part by part as numbers.
 *
 * @param text the version as the driver prints it: dot-separated numbers
 */
record DriverVersion(String text) implements Comparable<DriverVersion> {
  private static final Pattern TEXT = Pattern.compile("\\d+(\\.\\d+)*");

  /** Validates the text. */
  DriverVersion {
    text = text.trim();
    if (!TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException("not an NVIDIA driver version: '" + text + "'");
    }
  }

  @Override
  public int compareTo(DriverVersion other) {
    return Arrays.compare(parts(), other.parts());
  }

  @Override
  public String toString() {
    return text;
  }

  private int[] parts() {
    return Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray();
  }
}
