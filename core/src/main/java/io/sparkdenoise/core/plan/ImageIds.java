/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable image ids: the same source and position always give the same id, so re-ingesting a corpus
 * is idempotent and noise keyed by the id is the same on every run. A page's source is named by
 * what moves with the data, never by where it is stored: a file (an image, an IDX or CIFAR dataset
 * file) by its path relative to the input's root ({@code box 1/page.tif}), a table's row by its id
 * column's value, so a corpus copied to another folder or file system keeps its ids, splits and
 * noise. An id is 32 lower-case hex digits (the first 128 bits of a SHA-256 of a length-prefixed
 * encoding of the parts).
 */
public final class ImageIds {
  private static final int ID_BYTES = 16;

  private ImageIds() {}

  /**
   * The id of page {@code page} (0-based; the record index for IDX/CIFAR) of the source {@code
   * source} names: a file's path relative to its input's root, or a table row's id.
   */
  public static String forPage(String source, int page) {
    return hash("page", source, Integer.toString(page));
  }

  /** The id of the tile whose top-left corner is (y, x) in the image {@code parentId}. */
  public static String forTile(String parentId, int y, int x) {
    return hash("tile", parentId, Integer.toString(y), Integer.toString(x));
  }

  /**
   * A uniform number in [0, 1) drawn from the id alone (its first 53 bits), for decisions such as
   * the split that must never change between runs.
   */
  public static double unitInterval(String id, String purpose) {
    byte[] digest = sha256(purpose, id);
    long bits = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      bits = (bits << Byte.SIZE) | (digest[i] & 0xff);
    }
    return (bits >>> (Long.SIZE - 53)) * 0x1.0p-53;
  }

  private static String hash(String... parts) {
    byte[] digest = sha256(parts);
    return HexFormat.of().formatHex(digest, 0, ID_BYTES);
  }

  private static byte[] sha256(String... parts) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      sha.update(
          new byte[] {
            (byte) (bytes.length >>> 24),
            (byte) (bytes.length >>> 16),
            (byte) (bytes.length >>> 8),
            (byte) bytes.length
          });
      sha.update(bytes);
    }
    return sha.digest();
  }
}
