/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.provenance;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for the value trees provenance builds: {@link Map} with string keys
 * (written in the map's iteration order), {@link List}, {@link String}, {@link Long}/{@link
 * Integer}, {@link Boolean} and {@code null}. Strings are escaped per RFC 8259; lone UTF-16
 * surrogates are written as backslash-u escapes so that the output is always valid UTF-8.
 */
final class Json {
  private static final String INDENT = "  ";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  /** The value as compact JSON (no whitespace), the form that is hashed. */
  static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, -1);
    return out.toString();
  }

  /** The value as JSON indented by two spaces per level, with a trailing newline. */
  static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return out.append('\n').toString();
  }

  /** {@code s} as a quoted JSON string literal. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || isLoneSurrogate(s, i)) {
            unicodeEscape(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }

  private static void unicodeEscape(char c, StringBuilder out) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }

  /** Writes value; depth < 0 means compact, otherwise the current indentation level. */
  private static void write(Object value, StringBuilder out, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      out.append(quote(s));
    } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      writeMembers(map.entrySet(), '{', '}', out, depth);
    } else if (value instanceof List<?> list) {
      writeMembers(list, '[', ']', out, depth);
    } else {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " as JSON, got " + value);
    }
  }

  private static void writeMembers(
      Iterable<?> members, char open, char close, StringBuilder out, int depth) {
    out.append(open);
    boolean empty = true;
    for (Object member : members) {
      out.append(empty ? "" : ",");
      newline(out, depth < 0 ? depth : depth + 1);
      if (member instanceof Map.Entry<?, ?> entry) {
        out.append(quote((String) entry.getKey())).append(depth < 0 ? ":" : ": ");
        write(entry.getValue(), out, depth < 0 ? depth : depth + 1);
      } else {
        write(member, out, depth < 0 ? depth : depth + 1);
      }
      empty = false;
    }
    if (!empty) {
      newline(out, depth);
    }
    out.append(close);
  }

  private static void newline(StringBuilder out, int depth) {
    if (depth >= 0) {
      out.append('\n').append(INDENT.repeat(depth));
    }
  }
}
