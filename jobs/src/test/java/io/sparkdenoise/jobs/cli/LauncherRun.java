/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the launcher in this JVM, with what it printed and its exit code. */
record LauncherRun(int exitCode, String out, String err) {
  static LauncherRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkDenoise.run(args, new Console(new PrintWriter(out), new PrintWriter(err)));
    return new LauncherRun(code, out.toString(), err.toString());
  }

  /** The last line printed on stdout. */
  String lastLine() {
    String[] lines = out.strip().split("\n");
    return lines[lines.length - 1];
  }
}
