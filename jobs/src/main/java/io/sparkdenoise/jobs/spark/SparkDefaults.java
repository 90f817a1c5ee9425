/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Spark properties in the format of {@code spark-defaults.conf}, which {@code spark-submit
 * --properties-file} reads: {@link Properties} syntax in UTF-8. Rendered one {@code key=value} line
 * per property, sorted by key, escaped so that {@link Properties#load(Reader)} gives back exactly
 * the given keys and values. Stateless.
 */
public final class SparkDefaults {
  private static final int FIRST_PRINTABLE = 0x20;
  private static final int LAST_ASCII = 0x7e;

  private SparkDefaults() {}

  /**
   * The properties file text: {@code comments} as {@code #} lines, then the properties.
   *
   * @param comments one line each, without line breaks
   */
  public static String render(List<String> comments, SortedMap<String, String> properties) {
    StringBuilder text = new StringBuilder();
    for (String comment : comments) {
      if (comment.indexOf('\n') >= 0 || comment.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("a comment is one line, got '" + comment + "'");
      }
      text.append("# ").append(comment).append('\n');
    }
    for (Map.Entry<String, String> property : properties.entrySet()) {
      text.append(escape(property.getKey(), true))
          .append('=')
          .append(escape(property.getValue(), false))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * The properties of a {@code spark-defaults.conf} file, read as Spark reads it.
   *
   * @throws IOException when it cannot be read
   */
  public static SortedMap<String, String> read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    SortedMap<String, String> read = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      read.put(key, properties.getProperty(key));
    }
    return read;
  }

  /**
   * Escapes for {@link Properties}: backslashes, line breaks and tabs; a key's separators and
   * comment marks ({@code = : # !}, which mean nothing inside a value); a key's blanks and a
   * value's leading blank; other characters outside printable ASCII as {@code \}{@code uXXXX}.
   */
  private static String escape(String text, boolean key) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\f' -> escaped.append("\\f");
        case '=', ':', '#', '!' -> escaped.append(key ? "\\" : "").append(c);
        case ' ' -> escaped.append(key || i == 0 ? "\\ " : " ");
        default -> {
          if (c < FIRST_PRINTABLE || c > LAST_ASCII) {
            escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
