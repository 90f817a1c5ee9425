/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the project's shell scripts as a user would, with a controlled environment. */
final class Scripts {
  private static final long TIMEOUT_SECONDS = 60;

  private Scripts() {}

  /**
   * What a script printed.
   *
   * @param exitCode its exit code
   * @param out stdout
   * @param err stderr
   */
  record Run(int exitCode, String out, String err) {
    /**
     * Each stdout line (a shell-quoted command, as --dry-run prints it) split back into its
     * arguments by bash itself.
     */
    List<List<String>> commands() throws IOException, InterruptedException {
      List<List<String>> commands = new ArrayList<>();
      for (String line : out.strip().split("\n")) {
        Run words =
            run(
                List.of("bash", "-c", "eval \"set -- $1\"; printf '%s\\0' \"$@\"", "-", line),
                Map.of());
        commands.add(Arrays.asList(words.out().split("\0")));
      }
      return commands;
    }
  }

  /** Runs {@code script} (relative to the project root) with {@code args}. */
  static Run script(String script, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProjectFiles.ROOT.resolve(script).toString());
    command.addAll(List.of(args));
    return run(command, env);
  }

  static Run run(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("SPARK_"));
    builder.environment().putAll(env);
    Path out = java.nio.file.Files.createTempFile("script", ".out");
    Path err = java.nio.file.Files.createTempFile("script", ".err");
    try {
      Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(command + " ran longer than " + TIMEOUT_SECONDS + " s");
      }
      return new Run(
          p.exitValue(),
          java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
          java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      java.nio.file.Files.deleteIfExists(out);
      java.nio.file.Files.deleteIfExists(err);
    }
  }
}
