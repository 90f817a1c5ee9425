/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL script split into its statements the way SQL clients split it: at each {@code ;} that is
 * not inside a quoted string or identifier ({@code '...'} and {@code "..."} with backslash escapes,
 * {@code `...`}) or a comment ({@code -- ...} to the end of the line, {@code /* ... *}{@code /}).
 * Statements keep their comments; a piece holding only comments and blanks is no statement.
 * Immutable.
 *
 * @param statements the statements in order, without their {@code ;}, stripped
 */
public record SqlScript(List<String> statements) {
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{hivevar:([A-Za-z_][A-Za-z0-9_]*)}");

  /** Copies the statements. */
  public SqlScript {
    statements = List.copyOf(statements);
  }

  /** The statements of {@code text}. */
  public static SqlScript parse(String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean code = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end;
      if (c == '\'' || c == '"' || c == '`') {
        end = quotedEnd(text, i, c);
        code = true;
      } else if (text.startsWith("--", i)) {
        int newline = text.indexOf('\n', i);
        end = newline < 0 ? text.length() : newline;
      } else if (text.startsWith("/*", i)) {
        int close = text.indexOf("*/", i + 2);
        end = close < 0 ? text.length() : close + 2;
      } else if (c == ';') {
        add(statements, current, code);
        current.setLength(0);
        code = false;
        i++;
        continue;
      } else {
        end = i + 1;
        code |= !Character.isWhitespace(c);
      }
      current.append(text, i, end);
      i = end;
    }
    add(statements, current, code);
    return new SqlScript(statements);
  }

  /**
   * The names of the {@code ${hivevar:NAME}} variables the script uses, in order of first use;
   * Spark SQL substitutes them from the session configuration before parsing a statement.
   */
  public Set<String> variables() {
    Set<String> names = new LinkedHashSet<>();
    for (String statement : statements) {
      Matcher m = VARIABLE.matcher(statement);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static void add(List<String> statements, StringBuilder current, boolean code) {
    if (code) {
      statements.add(current.toString().strip());
    }
  }

  /** The index after the quote that closes the one at {@code start}, or the text's end. */
  private static int quotedEnd(String text, int start, char quote) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
      } else if (c == quote) {
        if (quote == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return text.length();
  }
}
