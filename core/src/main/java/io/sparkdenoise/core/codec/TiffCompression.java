/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

/**
 * How TIFF pixel data is compressed when writing. All are lossless; the CCITT fax compressions hold
 * bitonal images only, so writing with them thresholds the image first.
 */
public enum TiffCompression {
  /** Uncompressed strips. */
  NONE("None"),
  /** Lempel-Ziv-Welch. */
  LZW("LZW"),
  /** Deflate (zlib), TIFF compression tag 8. */
  DEFLATE("Deflate"),
  /** Apple PackBits run-length coding. */
  PACKBITS("PackBits"),
  /** CCITT Group 3 fax (T.4), bitonal only. */
  CCITT_T4("CCITT T.4"),
  /** CCITT Group 4 fax (T.6), bitonal only. */
  CCITT_T6("CCITT T.6");

  private final String imageIoName;

  TiffCompression(String imageIoName) {
    this.imageIoName = imageIoName;
  }

  /** True for the fax compressions, which store 1 bit per pixel. */
  public boolean bitonal() {
    return this == CCITT_T4 || this == CCITT_T6;
  }

  /** The compression type name the TwelveMonkeys TIFF writer expects. */
  String imageIoName() {
    return imageIoName;
  }
}
