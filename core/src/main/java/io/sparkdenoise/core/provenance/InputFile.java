/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.provenance;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One input a run read: its URI, size in bytes, last modification time and, when the job computed
 * it, the SHA-256 of its content (64 lower-case hex digits). Directories (tables) are recorded with
 * their total size and newest modification time and usually without a digest.
 *
 * @param uri where the input was read, e.g. {@code hdfs://nn:8020/data/mnist}
 * @param sizeBytes size in bytes, at least 0
 * @param modified last modification time
 * @param sha256 the content digest as lower-case hex, if computed
 */
public record InputFile(String uri, long sizeBytes, Instant modified, Optional<String> sha256) {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * Validates the fields; a digest given in upper case is rejected rather than silently changed.
   */
  public InputFile {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(sha256, "sha256");
    if (uri.isBlank()) {
      throw new IllegalArgumentException("input uri must not be blank");
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("input size must be >= 0 bytes, got " + sizeBytes);
    }
    if (sha256.isPresent() && !SHA256_HEX.matcher(sha256.get()).matches()) {
      throw new IllegalArgumentException(
          "sha256 must be 64 lower-case hex digits, got '" + sha256.get() + "'");
    }
  }

  /** An input recorded without a content digest. */
  public static InputFile of(String uri, long sizeBytes, Instant modified) {
    return new InputFile(uri, sizeBytes, modified, Optional.empty());
  }

  /** An input with its content digest (lower-case hex). */
  public static InputFile withSha256(String uri, long sizeBytes, Instant modified, String sha256) {
    return new InputFile(uri, sizeBytes, modified, Optional.of(sha256.toLowerCase(Locale.ROOT)));
  }

  /** The JSON object form, keys in a fixed order. */
  Map<String, Object> toJsonTree() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("uri", uri);
    tree.put("size_bytes", sizeBytes);
    tree.put("modified", modified.toString());
    tree.put("sha256", sha256.orElse(null));
    return tree;
  }
}
