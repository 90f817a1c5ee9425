/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

/** The data type codes of the IDX format's third magic byte. */
final class IdxType {
  private static final int UNSIGNED_BYTE = 0x08;
  private static final int SIGNED_BYTE = 0x09;
  private static final int SHORT = 0x0B;
  private static final int INT = 0x0C;
  private static final int FLOAT = 0x0D;
  private static final int DOUBLE = 0x0E;

  private IdxType() {}

  static boolean known(int type) {
    return !"unknown".equals(name(type));
  }

  static String name(int type) {
    return switch (type) {
      case UNSIGNED_BYTE -> "unsigned byte";
      case SIGNED_BYTE -> "signed byte";
      case SHORT -> "16-bit integer";
      case INT -> "32-bit integer";
      case FLOAT -> "32-bit float";
      case DOUBLE -> "64-bit float";
      default -> "unknown";
    };
  }
}
