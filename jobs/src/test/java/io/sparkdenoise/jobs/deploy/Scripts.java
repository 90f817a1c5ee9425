/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's shell scripts as a user would, with a controlled environment: no {@code
 * SPARK_*} variables but those given, {@code TMPDIR} under the test's temporary directory, and
 * {@code SPARK_DENOISE_LAUNCHER} the launcher on this test JVM's class path (the code under test,
 * where bin/spark-denoise would need a packaged build).
 */
final class Scripts {
  private static final long TIMEOUT_SECONDS = 300;
  private static final String LAUNCHER_CLASS = "io.sparkdenoise.jobs.cli.SparkDenoise";

  private static Path launcher;

  private Scripts() {}

  /** Writes an executable file (a script) with {@code text}. */
  static Path executable(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  /** The launcher the scripts run: java with this JVM's class path, made once. */
  private static synchronized Path launcher() throws IOException {
    if (launcher == null) {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      launcher =
          executable(
              Files.createTempDirectory("launcher").resolve("spark-denoise"),
              "#!/bin/sh\nexec '"
                  + java
                  + "' -XX:TieredStopAtLevel=1 -cp '"
                  + System.getProperty("java.class.path")
                  + "' "
                  + LAUNCHER_CLASS
                  + " \"$@\"\n");
    }
    return launcher;
  }

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
    builder.environment().put("SPARK_DENOISE_LAUNCHER", launcher().toString());
    builder.environment().put("TMPDIR", System.getProperty("java.io.tmpdir"));
    builder.environment().putAll(env);
    Path out = Files.createTempFile("script", ".out");
    Path err = Files.createTempFile("script", ".err");
    try {
      Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(command + " ran longer than " + TIMEOUT_SECONDS + " s");
      }
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
