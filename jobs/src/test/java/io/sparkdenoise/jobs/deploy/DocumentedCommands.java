/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command lines a Markdown file shows: in its shell code blocks and in inline code, those that
 * run the launcher ({@code bin/spark-denoise}), {@code spark-submit} or {@code deploy/bin/submit}.
 * Commands may span lines (backslash continuations, quotes); other commands of a line ({@code
 * ./mvnw ... &&}) are skipped, and so is a program named without arguments. Inline code of the form
 * {@code NAME=value} defines a variable for the whole file, as BENCHMARKS.md does with {@code
 * L=bin/spark-denoise}.
 */
final class DocumentedCommands {
  /** The programs whose command lines are collected. */
  enum Program {
    /** {@code bin/spark-denoise COMMAND ARGS}: the words are COMMAND ARGS. */
    LAUNCHER,
    /** {@code spark-submit OPTIONS JAR ARGS}: the words are everything after spark-submit. */
    SPARK_SUBMIT,
    /** {@code deploy/bin/submit OPTIONS COMMAND ARGS}: the words are everything after it. */
    SUBMIT
  }

  /**
   * One command line.
   *
   * @param where file and line, e.g. {@code README.md:57}
   * @param program what it runs
   * @param words its arguments, quotes removed and variables expanded
   */
  record Found(String where, Program program, List<String> words) {}

  private static final Set<String> SHELL_BLOCKS = Set.of("", "bash", "sh", "shell", "console");
  private static final Pattern FENCE = Pattern.compile("^\\s*```(\\w*)");
  private static final Pattern INLINE = Pattern.compile("`([^`]+)`");
  private static final Pattern DEFINITION = Pattern.compile("([A-Z][A-Z0-9_]*)=(.+)");
  private static final Pattern STARTS =
      Pattern.compile(
          "(^|\\s|&&|;)(\\w+=\\S+\\s+)*(bin/spark-denoise|\\$L|\\S*spark-submit\"?|deploy/bin/submit)(\\s|$)");
  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_]\\w*=.*");

  private DocumentedCommands() {}

  /** The command lines of a Markdown file. */
  static List<Found> in(Path file) {
    String name = ProjectFiles.relative(file);
    List<String> lines = ProjectFiles.read(file).lines().toList();
    Map<String, String> variables = new HashMap<>();
    List<Snippet> snippets = new ArrayList<>();
    List<Snippet> prose = new ArrayList<>();
    boolean fenced = false;
    boolean shell = false;
    for (int n = 0; n < lines.size(); n++) {
      Matcher fence = FENCE.matcher(lines.get(n));
      if (fence.lookingAt()) {
        fenced = !fenced;
        shell = fenced && SHELL_BLOCKS.contains(fence.group(1));
      } else if (fenced && shell && STARTS.matcher(lines.get(n)).find()) {
        StringBuilder command = new StringBuilder(lines.get(n));
        int first = n;
        while (!ShellWords.isComplete(command.toString())
            && n + 1 < lines.size()
            && !FENCE.matcher(lines.get(n + 1)).lookingAt()) {
          command.append('\n').append(lines.get(++n));
        }
        snippets.add(new Snippet(name + ":" + (first + 1), command.toString()));
      } else if (!fenced) {
        prose.add(new Snippet(name + ":" + (n + 1), lines.get(n)));
      }
    }
    snippets.addAll(inlineCode(prose, variables));
    List<Found> found = new ArrayList<>();
    for (Snippet snippet : snippets) {
      for (List<String> words : ShellWords.commands(snippet.text(), variables)) {
        program(snippet.where(), withoutAssignments(words)).ifPresent(found::add);
      }
    }
    return found;
  }

  private record Snippet(String where, String text) {}

  /**
   * The inline code of paragraphs (prose lines joined, as Markdown does) that starts a command
   * line; the {@code NAME=value} ones go to {@code variables}.
   */
  private static List<Snippet> inlineCode(List<Snippet> prose, Map<String, String> variables) {
    List<Snippet> commands = new ArrayList<>();
    int start = 0;
    while (start < prose.size()) {
      int end = start;
      StringBuilder paragraph = new StringBuilder();
      while (end < prose.size() && !prose.get(end).text().isBlank()) {
        paragraph.append(prose.get(end).text()).append(' ');
        end++;
      }
      Matcher code = INLINE.matcher(paragraph);
      while (code.find()) {
        String text = code.group(1).strip();
        Matcher definition = DEFINITION.matcher(text);
        if (definition.matches()) {
          variables.put(
              definition.group(1),
              String.join(" ", ShellWords.commands(definition.group(2), Map.of()).get(0)));
        } else if (STARTS.matcher(text).lookingAt()) {
          commands.add(new Snippet(prose.get(start).where(), text));
        }
      }
      start = end + 1;
    }
    return commands;
  }

  private static List<String> withoutAssignments(List<String> words) {
    int first = 0;
    while (first < words.size() && ASSIGNMENT.matcher(words.get(first)).matches()) {
      first++;
    }
    return words.subList(first, words.size());
  }

  private static Optional<Found> program(String where, List<String> words) {
    if (words.size() < 2) {
      return Optional.empty(); // nothing, or a program named in prose
    }
    String first = words.get(0);
    List<String> rest = words.subList(1, words.size());
    Program program;
    if (first.equals("bin/spark-denoise")) {
      program = Program.LAUNCHER;
    } else if (first.endsWith("spark-submit")) {
      program = Program.SPARK_SUBMIT;
    } else if (first.equals("deploy/bin/submit")) {
      program = Program.SUBMIT;
    } else {
      return Optional.empty();
    }
    return Optional.of(new Found(where, program, List.copyOf(rest)));
  }
}
