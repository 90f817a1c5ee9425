/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits shell text into simple commands and their words the way bash does for the plain command
 * lines documentation shows: blanks; single and double quotes; backslash escapes and line
 * continuations; comments; {@code && || ; | &} and newlines between commands; redirections (dropped
 * with their target); {@code $NAME} and <code>${NAME}</code> from the given variables, split into
 * words when unquoted. An unknown variable expands to its own name, a placeholder like {@code DIR}.
 * Command substitution and subshells are refused: documented job command lines have none.
 */
final class ShellWords {
  private static final Pattern NAME =
      Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_]\\w*)");

  private final String text;
  private final Map<String, String> variables;
  private final List<List<String>> commands = new ArrayList<>();
  private List<String> words = new ArrayList<>();
  private StringBuilder word;
  private boolean redirect;
  private int i;

  private ShellWords(String text, Map<String, String> variables) {
    this.text = text;
    this.variables = variables;
  }

  /** Thrown for text that stops inside a quote or after a trailing backslash. */
  static final class Incomplete extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Incomplete(String message) {
      super(message);
    }
  }

  /**
   * The simple commands of {@code text}, each a list of words; empty commands are left out.
   *
   * @throws Incomplete when the text ends inside a quote or with a continuation
   * @throws IllegalArgumentException for shell syntax this class does not model
   */
  static List<List<String>> commands(String text, Map<String, String> variables) {
    return new ShellWords(text, variables).split();
  }

  /** Whether {@code text} is complete: no open quote, no trailing continuation. */
  static boolean isComplete(String text) {
    try {
      commands(text, Map.of());
      return true;
    } catch (Incomplete e) {
      return false;
    }
  }

  private List<List<String>> split() {
    while (i < text.length()) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escaped();
        case '\'' -> singleQuoted();
        case '"' -> doubleQuoted();
        case '$' -> unquotedVariable();
        case ' ', '\t' -> {
          endWord();
          i++;
        }
        case '\n', ';', '&', '|' -> {
          endCommand();
          i += text.startsWith("&&", i) || text.startsWith("||", i) ? 2 : 1;
        }
        case '>', '<' -> redirection();
        case '`', '(', ')' ->
            throw new IllegalArgumentException("unsupported shell syntax '" + c + "' in: " + text);
        case '#' -> {
          if (word == null) {
            int end = text.indexOf('\n', i);
            i = end < 0 ? text.length() : end;
          } else {
            append(c);
          }
        }
        default -> append(c);
      }
    }
    endCommand();
    return commands;
  }

  private void escaped() {
    if (i + 1 >= text.length()) {
      throw new Incomplete("a trailing backslash continues past the end: " + text);
    }
    if (text.charAt(i + 1) != '\n') {
      append(text.charAt(i + 1));
    }
    i += 2;
  }

  private void singleQuoted() {
    int end = text.indexOf('\'', i + 1);
    if (end < 0) {
      throw new Incomplete("unterminated ' in: " + text);
    }
    started().append(text, i + 1, end);
    i = end + 1;
  }

  private void doubleQuoted() {
    StringBuilder into = started();
    i++;
    while (true) {
      if (i >= text.length()) {
        throw new Incomplete("unterminated \" in: " + text);
      }
      char c = text.charAt(i);
      if (c == '"') {
        i++;
        return;
      }
      if (c == '\\' && i + 1 < text.length() && "$`\"\\\n".indexOf(text.charAt(i + 1)) >= 0) {
        if (text.charAt(i + 1) != '\n') {
          into.append(text.charAt(i + 1));
        }
        i += 2;
      } else if (c == '$') {
        into.append(variable());
      } else if (c == '`') {
        throw new IllegalArgumentException("unsupported command substitution in: " + text);
      } else {
        into.append(c);
        i++;
      }
    }
  }

  /** An unquoted expansion: split into words at blanks, as bash's field splitting does. */
  private void unquotedVariable() {
    String value = variable();
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      if (c == ' ' || c == '\t' || c == '\n') {
        endWord();
      } else {
        started().append(c);
      }
    }
  }

  /** The value of the variable at {@code i} (a {@code $} not naming one is a literal $). */
  private String variable() {
    if (text.startsWith("$(", i)) {
      throw new IllegalArgumentException("unsupported command substitution in: " + text);
    }
    Matcher name = NAME.matcher(text).region(i + 1, text.length());
    if (!name.lookingAt()) {
      i++;
      return "$";
    }
    i = name.end();
    String key = name.group(1) != null ? name.group(1) : name.group(2);
    return variables.getOrDefault(key, key);
  }

  private void redirection() {
    if (word != null && word.toString().matches("\\d+")) {
      word = null; // 2> names a file descriptor, not a word
    }
    endWord();
    i++;
    while (i < text.length() && (text.charAt(i) == '>' || text.charAt(i) == '&')) {
      i++;
    }
    redirect = true;
  }

  private void append(char c) {
    started().append(c);
    i++;
  }

  private StringBuilder started() {
    if (word == null) {
      word = new StringBuilder();
    }
    return word;
  }

  private void endWord() {
    if (word != null) {
      if (redirect) {
        redirect = false;
      } else {
        words.add(word.toString());
      }
      word = null;
    }
  }

  private void endCommand() {
    endWord();
    if (!words.isEmpty()) {
      commands.add(List.copyOf(words));
    }
    words = new ArrayList<>();
  }
}
