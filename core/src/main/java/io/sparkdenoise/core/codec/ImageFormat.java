/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.util.Optional;

/**
 * The image file formats the codec reads and writes. A file's format is always detected from its
 * leading magic bytes ({@link #detect}), never from its name: a PNG named {@code scan.jpg} is a
 * PNG.
 */
public enum ImageFormat {
  /** Portable Network Graphics: signature {@code 89 50 4E 47 0D 0A 1A 0A}. */
  PNG("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  /** JPEG/JFIF/Adobe: SOI marker followed by another marker, {@code FF D8 FF}. */
  JPEG("jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  /** Windows bitmap: {@code BM}. */
  BMP("bmp", new byte[] {'B', 'M'}),
  /** GIF 87a or 89a: {@code GIF8}. */
  GIF("gif", new byte[] {'G', 'I', 'F', '8'}),
  /** Classic TIFF, little-endian ({@code II*\0}) or big-endian ({@code MM\0*}). */
  TIFF("tiff", new byte[] {'I', 'I', '*', 0}, new byte[] {'M', 'M', 0, '*'});

  private final String imageIoName;
  private final byte[][] signatures;

  ImageFormat(String imageIoName, byte[]... signatures) {
    this.imageIoName = imageIoName;
    this.signatures = signatures;
  }

  /** The ImageIO format name used to look up readers and writers. */
  String imageIoName() {
    return imageIoName;
  }

  /** The format whose signature {@code data} starts with, or empty when none matches. */
  public static Optional<ImageFormat> detect(byte[] data) {
    for (ImageFormat format : values()) {
      for (byte[] signature : format.signatures) {
        if (startsWith(data, signature, signature.length)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The format whose signature {@code data} is a proper prefix of (a file cut off inside its
   * signature), or empty.
   */
  static Optional<ImageFormat> detectCutSignature(byte[] data) {
    for (ImageFormat format : values()) {
      for (byte[] signature : format.signatures) {
        if (data.length > 0
            && data.length < signature.length
            && startsWith(data, signature, data.length)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] data, byte[] signature, int length) {
    if (data.length < length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (data[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
