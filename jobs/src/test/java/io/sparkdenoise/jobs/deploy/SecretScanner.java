/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets written into a text: a key that names a credential (password, secret, token, access
 * or API key, credentials) given a literal value on the same line, or a value in a well-known
 * credential format (AWS access key id, private key block, GitHub/Slack/Google tokens, JWTs,
 * passwords in URLs). A value that refers to the environment or a secret store ({@code $VAR},
 * {@code ${VAR}}, {@code $(command)}) is not a secret.
 */
final class SecretScanner {
  private static final Pattern CREDENTIAL_KEY =
      Pattern.compile(
          "(?i)([\\w.-]*(?:password|passwd|secret|token|api[_.-]?key|access[_.-]?key"
              + "|private[_.-]?key|credentials?)[\\w.-]*)\"?\\s*[:=]\\s*([^\\s,;]+)");
  private static final Pattern REFERENCE =
      Pattern.compile(
          "^[\"']?(\\$\\{[?]?[A-Za-z_][A-Za-z0-9_]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*|\\$\\().*");
  private static final List<Pattern> FORMATS =
      List.of(
          Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
          Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
          Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}"),
          Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"),
          Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}"),
          Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\."),
          Pattern.compile("://[^/\\s:@$]+:[^/\\s@$]+@"));

  private SecretScanner() {}

  /** One finding per offending line: {@code line N: what}. */
  static List<String> scan(String text) {
    List<String> findings = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = CREDENTIAL_KEY.matcher(lines[i]);
      while (m.find()) {
        if (!REFERENCE.matcher(m.group(2)).matches()) {
          findings.add("line " + (i + 1) + ": " + m.group(1) + " has a literal value");
        }
      }
      for (Pattern format : FORMATS) {
        if (format.matcher(lines[i]).find()) {
          findings.add("line " + (i + 1) + ": looks like a credential (" + format + ")");
        }
      }
    }
    return findings;
  }
}
