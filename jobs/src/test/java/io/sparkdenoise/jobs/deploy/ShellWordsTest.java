/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ShellWords splits command lines as bash does, for what documentation shows. */
class ShellWordsTest {
  @Test
  void quotesKeepBlanksAndGlobsInOneWordAndContinuationsJoinLines() {
    String text =
        "bin/spark-denoise ingest --input 'hdfs:///scans/**/*.tif' \\\n"
            + "  --output \"out dir\" --noise 'gaussian:sigma=5..50|0.3*scanner'";

    assertThat(ShellWords.commands(text, Map.of()))
        .containsExactly(
            List.of(
                "bin/spark-denoise",
                "ingest",
                "--input",
                "hdfs:///scans/**/*.tif",
                "--output",
                "out dir",
                "--noise",
                "gaussian:sigma=5..50|0.3*scanner"));
  }

  @Test
  void operatorsNewlinesAndCommentsEndCommandsAndRedirectionsAreDropped() {
    String text =
        "./mvnw -q package && bin/spark-denoise demo # the demo\n"
            + "a x > /dev/null 2>&1; b | c\n# only a comment\nd e#f";

    assertThat(ShellWords.commands(text, Map.of()))
        .containsExactly(
            List.of("./mvnw", "-q", "package"),
            List.of("bin/spark-denoise", "demo"),
            List.of("a", "x"),
            List.of("b"),
            List.of("c"),
            List.of("d", "e#f"));
  }

  @Test
  void variablesSplitIntoWordsUnquotedAndUnknownOnesAreTheirOwnPlaceholder() {
    Map<String, String> variables =
        Map.of("L", "bin/spark-denoise", "C", "--config conf/local.conf");

    assertThat(ShellWords.commands("$L pairs $C --images $W/x \"${C}\"", variables))
        .containsExactly(
            List.of(
                "bin/spark-denoise",
                "pairs",
                "--config",
                "conf/local.conf",
                "--images",
                "W/x",
                "--config conf/local.conf"));
  }

  @Test
  void aQuoteLeftOpenOrATrailingBackslashIsIncomplete() {
    assertThat(ShellWords.isComplete("sql \"select 1,")).isFalse();
    assertThat(ShellWords.isComplete("train --pairs p \\")).isFalse();
    assertThat(ShellWords.isComplete("sql \"select 1,\n  2\"")).isTrue();
    assertThatThrownBy(() -> ShellWords.commands("run --id $(date)", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported command substitution in: run --id $(date)");
  }
}
