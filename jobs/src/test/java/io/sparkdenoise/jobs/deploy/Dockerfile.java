/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as its instructions: continuation lines joined, comments dropped, {@code
 * ${ARG}} references replaced by the ARG defaults declared before them.
 *
 * @param instructions in order, each {@code [KEYWORD, arguments]} with the keyword in upper case
 */
record Dockerfile(List<List<String>> instructions) {
  private static final Pattern ARG_REFERENCE = Pattern.compile("\\$\\{(\\w+)\\}|\\$(\\w+)");

  static Dockerfile parse(String text) {
    List<List<String>> instructions = new ArrayList<>();
    Map<String, String> args = new HashMap<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      if (current.length() == 0 && (t.isEmpty() || t.startsWith("#"))) {
        continue;
      }
      if (t.endsWith("\\")) {
        current.append(t, 0, t.length() - 1).append(' ');
        continue;
      }
      current.append(t);
      String[] parts = current.toString().strip().split("\\s+", 2);
      current.setLength(0);
      String keyword = parts[0].toUpperCase(java.util.Locale.ROOT);
      String rest = substitute(parts.length > 1 ? parts[1] : "", args);
      if (keyword.equals("ARG") && rest.contains("=")) {
        args.put(rest.substring(0, rest.indexOf('=')), rest.substring(rest.indexOf('=') + 1));
      }
      instructions.add(List.of(keyword, rest));
    }
    return new Dockerfile(List.copyOf(instructions));
  }

  /** The arguments of every instruction {@code keyword}, in order. */
  List<String> all(String keyword) {
    return instructions.stream().filter(i -> i.get(0).equals(keyword)).map(i -> i.get(1)).toList();
  }

  /** The image of the last FROM: the stage the image is made of. */
  String finalBase() {
    List<String> froms = all("FROM");
    return froms.get(froms.size() - 1).split("\\s+")[0];
  }

  /** The last USER: who the image runs as. */
  String user() {
    List<String> users = all("USER");
    return users.isEmpty() ? "root" : users.get(users.size() - 1);
  }

  /** COPY instructions from the build context (no {@code --from}): [sources..., destination]. */
  List<List<String>> contextCopies() {
    return all("COPY").stream()
        .filter(c -> !c.startsWith("--from"))
        .map(c -> List.of(c.replaceAll("--\\S+\\s+", "").split("\\s+")))
        .toList();
  }

  private static String substitute(String text, Map<String, String> args) {
    Matcher m = ARG_REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(args.getOrDefault(name, m.group())));
    }
    return m.appendTail(out).toString();
  }
}
