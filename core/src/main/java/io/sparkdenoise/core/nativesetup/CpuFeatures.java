/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The instruction-set flags of this CPU as Linux reports them ({@code flags} in /proc/cpuinfo),
 * read without loading any native code: a native build compiled for AVX2 would otherwise take the
 * JVM down (ND4J calls {@code System.exit}) on a CPU without it.
 */
final class CpuFeatures {
  static final Path CPUINFO = Path.of("/proc/cpuinfo");
  private static final String FLAGS_KEY = "flags";

  private final Set<String> flags;

  private CpuFeatures(Set<String> flags) {
    this.flags = flags;
  }

  /** The flags of the first processor in a /proc/cpuinfo text; empty when it lists none. */
  static CpuFeatures parse(String cpuinfo) {
    for (String line : cpuinfo.split("\n", -1)) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equals(FLAGS_KEY)) {
        return new CpuFeatures(
            Arrays.stream(line.substring(colon + 1).trim().split("\\s+"))
                .map(f -> f.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet()));
      }
    }
    return new CpuFeatures(Set.of());
  }

  /** This machine's flags, or empty when the file cannot be read (not Linux). */
  static Optional<CpuFeatures> ofThisMachine(Path cpuinfo) {
    try {
      return Optional.of(parse(Files.readString(cpuinfo, StandardCharsets.ISO_8859_1)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** True when every flag is present (lower case, e.g. {@code avx2}). */
  boolean hasAll(Set<String> required) {
    return flags.containsAll(required);
  }
}
