/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Tells a file that was cut short from one damaged inside, when a plugin failed without saying
 * which: a PNG without its final IEND chunk, a JPEG without its end-of-image marker, a TIFF whose
 * first directory does not fit in the data.
 */
final class CutShort {
  private static final byte[] PNG_IEND = {'I', 'E', 'N', 'D'};
  private static final int PNG_CRC_BYTES = 4;
  private static final int JPEG_MARKER = 0xFF;
  private static final int JPEG_EOI = 0xD9;
  private static final int TIFF_IFD_OFFSET_AT = 4;
  private static final int TIFF_HEADER_BYTES = 8;
  private static final int TIFF_ENTRY_COUNT_BYTES = 2;
  private static final int TIFF_ENTRY_BYTES = 12;

  private CutShort() {}

  /** What shows the data was cut short, or empty when it looks complete. */
  static Optional<String> evidence(ImageFormat format, byte[] data) {
    return switch (format) {
      case PNG -> endsWithIend(data) ? Optional.empty() : Optional.of("no IEND chunk at the end");
      case JPEG -> endsWithEoi(data) ? Optional.empty() : Optional.of("no end-of-image marker");
      case TIFF -> tiffIfdPastEnd(data);
      default -> Optional.empty();
    };
  }

  private static boolean endsWithIend(byte[] data) {
    int at = data.length - PNG_CRC_BYTES - PNG_IEND.length;
    if (at < 0) {
      return false;
    }
    for (int i = 0; i < PNG_IEND.length; i++) {
      if (data[at + i] != PNG_IEND[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithEoi(byte[] data) {
    int n = data.length;
    return n >= 2
        && Byte.toUnsignedInt(data[n - 2]) == JPEG_MARKER
        && Byte.toUnsignedInt(data[n - 1]) == JPEG_EOI;
  }

  private static Optional<String> tiffIfdPastEnd(byte[] data) {
    if (data.length < TIFF_HEADER_BYTES) {
      return Optional.of("only " + data.length + " bytes, less than the 8-byte header");
    }
    ByteOrder order = data[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    long offset =
        Integer.toUnsignedLong(ByteBuffer.wrap(data).order(order).getInt(TIFF_IFD_OFFSET_AT));
    if (offset + TIFF_ENTRY_COUNT_BYTES > data.length) {
      return Optional.of("first directory at offset " + offset + " of " + data.length + " bytes");
    }
    int entries = Short.toUnsignedInt(ByteBuffer.wrap(data).order(order).getShort((int) offset));
    long end = offset + TIFF_ENTRY_COUNT_BYTES + (long) entries * TIFF_ENTRY_BYTES;
    return end > data.length
        ? Optional.of(
            "first directory at offset "
                + offset
                + " needs "
                + end
                + " of "
                + data.length
                + " bytes")
        : Optional.empty();
  }
}
