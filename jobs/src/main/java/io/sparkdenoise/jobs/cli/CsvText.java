/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV records with RFC 4180 quoting: a field holding a comma, a double quote, a carriage return or
 * a line feed is enclosed in double quotes, its quotes doubled; other fields are written as they
 * are. A null field is written empty.
 */
final class CsvText {
  private static final char QUOTE = '"';
  private static final String SEPARATOR = ",";

  private CsvText() {}

  /** One record: the fields quoted where needed, separated by commas (no line terminator). */
  static String record(List<String> fields) {
    return fields.stream().map(CsvText::field).collect(Collectors.joining(SEPARATOR));
  }

  /** One field, quoted if it needs to be; null as the empty field. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') < 0
        && value.indexOf(QUOTE) < 0
        && value.indexOf('\r') < 0
        && value.indexOf('\n') < 0) {
      return value;
    }
    return QUOTE + value.replace("\"", "\"\"") + QUOTE;
  }
}
