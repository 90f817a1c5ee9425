/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.report;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Writes HTML where markup comes only from code and every piece of text is escaped: element and
 * attribute names must be lower-case constants ({@code [a-z][a-z0-9-]*}), attribute values and text
 * are always escaped ({@code & < > " '}), so a string from the data shows as itself and never opens
 * a tag, ends an attribute or starts a script. Not thread-safe; one writer per document.
 */
public final class Html {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  private final StringBuilder out = new StringBuilder();

  /** The text escaped for an HTML text node or a quoted attribute value. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** A {@code data:image/png;base64,...} URI holding the PNG bytes. */
  public static String pngDataUri(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }

  /**
   * Opens {@code tag} with attributes given as name, value pairs (values escaped).
   *
   * @throws IllegalArgumentException for a name that is not a lower-case constant, or an odd number
   *     of attribute strings
   */
  public Html open(String tag, String... attributes) {
    requireName(tag);
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes of <" + tag + "> come in name, value pairs, got " + attributes.length);
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      requireName(attributes[i]);
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]));
      out.append('"');
    }
    out.append('>');
    return this;
  }

  /** Closes {@code tag}. */
  public Html close(String tag) {
    requireName(tag);
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only the escaped {@code text}. */
  public Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Escaped text. */
  public Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** A line break in the source, for readability of the file. */
  public Html newline() {
    out.append('\n');
    return this;
  }

  /**
   * Markup written by the code itself (a doctype, a style sheet), never data: {@code markup} must
   * be a compile-time constant of the caller.
   */
  Html trusted(String markup) {
    out.append(markup);
    return this;
  }

  /** The document so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  private static void requireName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "HTML names must match "
              + NAME
              + " (they come from code, never data), got '"
              + name
              + "'");
    }
  }
}
