/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Keyed random streams: the stream for an image depends only on (seed, image id, purpose), never on
 * thread, partition, order or cluster size, so any cluster makes the same noise.
 *
 * <p>The key is the first 8 bytes (big-endian) of the SHA-256 of this canonical encoding, where a
 * "string" is a 4-byte big-endian length followed by that many UTF-8 bytes: the string {@code
 * "io.sparkdenoise.noise/v1"} (versions the encoding), the seed as 8 bytes big-endian, the image id
 * as a string, the purpose as a string. Length prefixes make it unambiguous: ("ab", "c") and ("a",
 * "bc") get different keys. Thread-safe (stateless).
 */
public final class NoiseStreams {
  /** Purpose of the stream that picks the mixture component and draws parameter values. */
  public static final String PARAMS = "noise-params";

  /** Purpose of the stream that generates the noisy pixels. */
  public static final String PIXELS = "noise-pixels";

  static final String DOMAIN = "io.sparkdenoise.noise/v1";

  private NoiseStreams() {}

  /** A fresh stream keyed by (seed, image id, purpose). */
  public static NoiseRandom forImage(long seed, String imageId, String purpose) {
    return new NoiseRandom(key(seed, imageId, purpose));
  }

  /**
   * A seed derived from {@code seed} for {@code purpose}: the key of (seed, the empty image id,
   * purpose). Image ids are never empty, so a derived seed's streams never repeat an image's.
   */
  public static long derivedSeed(long seed, String purpose) {
    return key(seed, "", purpose);
  }

  /** The 64-bit key of (seed, image id, purpose), as described in the class comment. */
  static long key(long seed, String imageId, String purpose) {
    MessageDigest sha256 = sha256();
    putString(sha256, DOMAIN);
    sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
    putString(sha256, imageId);
    putString(sha256, purpose);
    return ByteBuffer.wrap(sha256.digest()).getLong();
  }

  private static void putString(MessageDigest digest, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
