/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;

@ExtendWith(SharedSpark.class)
class SqlCommandTest {
  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.IntegerType)
          .add("name", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("png", DataTypes.BinaryType)
          .add("params", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType))
          .add("tags", DataTypes.createArrayType(DataTypes.StringType));

  @TempDir static Path dir;
  private static String table;

  @BeforeAll
  static void writeTable() {
    SparkSession spark = SharedSpark.session();
    List<Row> rows =
        List.of(
            row(1, "plain", 0.5, new byte[3], Map.of("sigma", 25.0), "a", "b"),
            row(2, "comma, \"quote\"", null, new byte[0], Map.of(), "x,y"),
            row(3, "two\nlines", 1e-5, null, null));
    table = dir + "/t";
    spark.createDataFrame(rows, SCHEMA).coalesce(1).write().parquet(table);
  }

  private static Row row(
      int id, String name, Double score, byte[] png, Map<String, Double> params, String... tags) {
    return RowFactory.create(
        id,
        name,
        score,
        png,
        params == null ? null : JavaConverters.mapAsScalaMap(params),
        params == null ? null : JavaConverters.asScalaBuffer(List.of(tags)).toSeq());
  }

  private static LauncherRun sql(String query) {
    return LauncherRun.of("sql", "--table", "t=" + table, query);
  }

  @Test
  void printsAHeaderAndQuotesNullsBinariesMapsAndArraysAsTheContractSays() {
    LauncherRun run = sql("SELECT * FROM t ORDER BY id");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            String.join(
                "\n",
                "id,name,score,png,params,tags",
                "1,plain,0.5,<3 bytes>,\"{\"\"sigma\"\":25.0}\",\"[\"\"a\"\",\"\"b\"\"]\"",
                "2,\"comma, \"\"quote\"\"\",,<0 bytes>,{},\"[\"\"x,y\"\"]\"",
                "3,\"two\nlines\",1.0E-5,,,",
                ""));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void runsAggregatesAndJoinsOverSeveralTables() {
    LauncherRun run =
        LauncherRun.of(
            "sql",
            "--table",
            "a=" + table,
            "--table",
            "B=" + table,
            "SELECT count(*) AS pairs, sum(a.id * b.id) AS dot FROM a JOIN b ON a.id = b.id");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // 1*1 + 2*2 + 3*3 = 14
    assertThat(run.out()).isEqualTo("pairs,dot\n3,14\n");
  }

  @Test
  void leavesTheSessionItFoundRunningWithoutItsViews() {
    LauncherRun run = LauncherRun.of("sql", "--table", "leftover=" + table, "SELECT 1 AS one");

    assertThat(run.out()).isEqualTo("one\n1\n");
    assertThat(SharedSpark.session().sparkContext().isStopped()).isFalse();
    assertThat(SharedSpark.session().catalog().tableExists("leftover")).isFalse();
  }

  @Test
  void sqlErrorsAreOneLineUsageErrors() {
    LauncherRun syntax = sql("SELEC id FROM t");
    LauncherRun column = sql("SELECT nope FROM t");

    assertThat(syntax.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(syntax.err())
        .startsWith(
            "spark-denoise: SQL error: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'")
        .hasLineCount(1);
    assertThat(syntax.out()).isEmpty();
    assertThat(column.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(column.err())
        .startsWith("spark-denoise: SQL error: [UNRESOLVED_COLUMN.WITH_SUGGESTION]")
        .contains("`nope`")
        .hasLineCount(1);
  }

  @Test
  void aQueryCannotReadFilesByPathUnlessAllowed() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "the secret");
    String query = "select * from text.`" + secret + "`";
    String sessionValue = SharedSpark.session().conf().get(SqlCommand.RUN_SQL_ON_FILES);

    LauncherRun refused = LauncherRun.of("sql", query);
    LauncherRun passwd = LauncherRun.of("sql", "select * from text.`/etc/passwd`");
    LauncherRun allowed = LauncherRun.of("sql", "--allow-file-queries", query);

    assertThat(refused.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err())
        .startsWith("spark-denoise: SQL error: [TABLE_OR_VIEW_NOT_FOUND]")
        .hasLineCount(1);
    assertThat(passwd.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(passwd.out()).isEmpty();
    assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    assertThat(allowed.out()).isEqualTo("value\nthe secret\n");
    assertThat(SharedSpark.session().conf().get(SqlCommand.RUN_SQL_ON_FILES))
        .as("the session's own setting, given back")
        .isEqualTo(sessionValue);
  }

  @Test
  void badTableArgumentsAreUsageErrorsAndAMissingPathAnInputError() {
    LauncherRun noEquals = LauncherRun.of("sql", "--table", table, "SELECT 1");
    LauncherRun badName = LauncherRun.of("sql", "--table", "1t=" + table, "SELECT 1");
    LauncherRun twice =
        LauncherRun.of("sql", "--table", "t=" + table, "--table", "T=" + table, "SELECT 1");
    LauncherRun missing = LauncherRun.of("sql", "--table", "t=" + dir + "/none", "SELECT 1");

    assertThat(noEquals.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(noEquals.err())
        .isEqualTo("spark-denoise: --table expects NAME=PATH, got '" + table + "'\n");
    assertThat(badName.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(badName.err())
        .isEqualTo(
            "spark-denoise: --table name must be letters, digits and _, not starting with a"
                + " digit, got '1t'\n");
    assertThat(twice.err()).isEqualTo("spark-denoise: --table T is given twice\n");
    assertThat(missing.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(missing.err()).isEqualTo("spark-denoise: no such file: " + dir + "/none\n");
  }
}
