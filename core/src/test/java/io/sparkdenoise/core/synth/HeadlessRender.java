/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import io.sparkdenoise.core.image.Image;
import java.awt.GraphicsEnvironment;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Renders one A4 page in a JVM of its own and prints the SHA-256 of its samples, for {@link
 * DocumentPagesTest}: arguments seed, dpi, index. Refuses to run with a display.
 */
final class HeadlessRender {
  private HeadlessRender() {}

  @SuppressWarnings("checkstyle:RegexpSinglelineJava")
  public static void main(String[] args) {
    if (!GraphicsEnvironment.isHeadless()) {
      throw new IllegalStateException("expected a headless JVM");
    }
    DocumentPages pages =
        DocumentPages.of(Long.parseLong(args[0]), PaperSize.A4, Integer.parseInt(args[1]));
    System.out.println(digest(pages.render(Integer.parseInt(args[2]))));
  }

  /** SHA-256 of the samples' float bits, in hex. */
  static String digest(Image image) {
    ByteBuffer bytes = ByteBuffer.allocate(image.samples().length * Float.BYTES);
    for (float v : image.samples()) {
      bytes.putFloat(v);
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
