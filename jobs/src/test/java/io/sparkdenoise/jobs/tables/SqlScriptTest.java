/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {
  @Test
  void splitsAtSemicolonsOutsideQuotesAndComments() {
    String text =
        """
        -- a header; with a semicolon
        SET x = 'a;b';
        SELECT "c;d" AS `e;f`, 'it\\'s; here' /* block; comment */ FROM t;
        /* only a comment; */
        -- and another
        """;

    SqlScript script = SqlScript.parse(text);

    assertThat(script.statements())
        .containsExactly(
            "-- a header; with a semicolon\nSET x = 'a;b'",
            "SELECT \"c;d\" AS `e;f`, 'it\\'s; here' /* block; comment */ FROM t");
  }

  @Test
  void aStatementWithoutTheFinalSemicolonCountsAndBlanksDoNot() {
    assertThat(SqlScript.parse("SELECT 1;\n\n;  SELECT 2\n").statements())
        .containsExactly("SELECT 1", "SELECT 2");
    assertThat(SqlScript.parse("  \n-- nothing\n").statements()).isEmpty();
  }

  @Test
  void listsTheHiveVariablesInOrderOfFirstUse() {
    SqlScript script =
        SqlScript.parse(
            "SELECT '${hivevar:b}', '${hivevar:a}';\nSELECT '${hivevar:b}', '${notavar}', '${hivevar:c_1}'");

    assertThat(script.variables()).containsExactly("b", "a", "c_1");
  }
}
