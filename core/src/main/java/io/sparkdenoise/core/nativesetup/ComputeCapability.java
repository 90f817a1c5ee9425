/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An NVIDIA GPU's compute capability (its SM architecture version), e.g. 8.6 for an RTX 3090 or an
 * A10, 9.0 for an H100.
 *
 * @param major the architecture generation, 3 (Kepler) to 12 (Blackwell)
 * @param minor the revision within the generation
 */
public record ComputeCapability(int major, int minor) implements Comparable<ComputeCapability> {
  private static final Pattern TEXT = Pattern.compile("(\\d{1,2})\\.(\\d)");

  /** Validates the fields. */
  public ComputeCapability {
    if (major < 1 || minor < 0) {
      throw new IllegalArgumentException(
          "a compute capability is major.minor with major >= 1, got " + major + "." + minor);
    }
  }

  /**
   * Parses {@code major.minor} as nvidia-smi prints it (e.g. {@code 8.6}).
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static ComputeCapability parse(String text) {
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a compute capability (major.minor): '" + text + "'");
    }
    return new ComputeCapability(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The SASS architecture name CUDA tools use, e.g. {@code sm_86}. */
  public String sm() {
    return "sm_" + major + minor;
  }

  @Override
  public int compareTo(ComputeCapability other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
