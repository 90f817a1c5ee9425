/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.provenance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The JVM and operating system a run used, as reported by the standard system properties.
 *
 * @param java Java runtime version and vendor, e.g. {@code "17.0.15 (Debian)"}
 * @param os operating system name and version, e.g. {@code "Linux 6.1.0"}
 * @param arch CPU architecture as the JVM names it, e.g. {@code "amd64"}
 */
public record Platform(String java, String os, String arch) {
  /** Checks that no field is null. */
  public Platform {
    Objects.requireNonNull(java, "java");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(arch, "arch");
  }

  /** The platform of this JVM. */
  public static Platform current() {
    return new Platform(
        System.getProperty("java.runtime.version", System.getProperty("java.version"))
            + " ("
            + System.getProperty("java.vendor")
            + ")",
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("os.arch"));
  }

  /** The JSON object form, keys in a fixed order. */
  Map<String, Object> toJsonTree() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("java", java);
    tree.put("os", os);
    tree.put("arch", arch);
    return tree;
  }
}
