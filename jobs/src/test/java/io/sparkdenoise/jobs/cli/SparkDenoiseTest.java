/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkDenoiseTest {
  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    LauncherRun run = LauncherRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("metrics", "noise", "Exit codes: 0 success");
  }

  @Test
  void noCommandOrAnUnknownOneIsAUsageError() {
    LauncherRun none = LauncherRun.of();
    LauncherRun unknown = LauncherRun.of("train-everything");

    assertThat(none.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(none.err())
        .isEqualTo("spark-denoise: a command is required (see spark-denoise --help)\n");
    assertThat(unknown.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(unknown.err()).startsWith("spark-denoise: Unmatched argument").hasLineCount(1);
  }
}
