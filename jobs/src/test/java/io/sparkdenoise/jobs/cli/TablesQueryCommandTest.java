/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.tables.AnalystRuns;
import io.sparkdenoise.jobs.tables.CsvRows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every documented example query, run by {@code tables query} over tables the real jobs made, and
 * its result checked against the same numbers worked out here from the raw rows.
 */
@ExtendWith(SharedSpark.class)
class TablesQueryCommandTest {
  /** Rounded to 3 decimals by the queries. */
  private static final double DB = 6e-4;

  /** Rounded to 4 decimals by the queries. */
  private static final double SSIM = 6e-5;

  private static AnalystRuns runs;
  private static List<Scored> rows;

  /** One metrics row. */
  record Scored(
      String run,
      String image,
      String method,
      double psnr,
      double ssim,
      double sigma,
      String model) {}

  @BeforeAll
  static void readRows() {
    SparkSession spark = SharedSpark.session();
    runs = AnalystRuns.get(spark);
    rows = new ArrayList<>();
    for (Row r :
        spark
            .read()
            .parquet(runs.metrics())
            .selectExpr(
                "run_id",
                "image_id",
                "method",
                "psnr_db",
                "ssim_wang",
                "noise_params['sigma']",
                "model_id")
            .collectAsList()) {
      rows.add(
          new Scored(
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getDouble(3),
              r.getDouble(4),
              r.getDouble(5),
              r.getString(6)));
    }
  }

  private static List<Map<String, String>> query(String... args) {
    List<String> all = new ArrayList<>(List.of("tables", "query", "--metrics", runs.metrics()));
    all.addAll(List.of(args));
    LauncherRun run = LauncherRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return CsvRows.parse(run.out());
  }

  private static double num(Map<String, String> row, String column) {
    return Double.parseDouble(row.get(column));
  }

  private static List<Scored> run(String run, String method) {
    return rows.stream().filter(s -> s.run().equals(run) && s.method().equals(method)).toList();
  }

  private static Map<String, Scored> byImage(List<Scored> scored) {
    Map<String, Scored> map = new TreeMap<>();
    scored.forEach(s -> map.put(s.image(), s));
    return map;
  }

  /** Mean of the model's PSNR minus the noisy input's, image by image. */
  private static double meanGain(String run, String method) {
    Map<String, Scored> noisy = byImage(run(run, "identity"));
    return run(run, method).stream()
        .mapToDouble(s -> s.psnr() - noisy.get(s.image()).psnr())
        .average()
        .orElseThrow();
  }

  @Test
  void runsListsEachRunWithItsModelImagesMethodsAndGain() {
    List<Map<String, String>> result = query("--example", "runs");

    assertThat(result).extracting(r -> r.get("run_id")).containsExactly("run-a", "run-b");
    for (Map<String, String> r : result) {
      String id = r.get("run_id");
      assertThat(r.get("images")).isEqualTo(Integer.toString(AnalystRuns.IMAGES));
      assertThat(r.get("methods")).isEqualTo("gaussian_s1,identity,median3x3,model");
      assertThat(r.get("model_id")).isEqualTo(run(id, "model").get(0).model()).hasSize(16);
      assertThat(num(r, "model_psnr_gain_db")).isCloseTo(meanGain(id, "model"), within(DB));
    }
    assertThat(result.get(0).get("model_id")).isNotEqualTo(result.get(1).get("model_id"));
  }

  @Test
  void gainByNoiseLevelBinsTheSigmasIntoFiveEqualBinsAndAveragesTheGainPerMethod() {
    List<Map<String, String>> result =
        query("--var", "run_id=" + AnalystRuns.RUN_A, "--example", "gain_by_noise_level");

    Map<String, Scored> noisy = byImage(run(AnalystRuns.RUN_A, "identity"));
    double lo = noisy.values().stream().mapToDouble(Scored::sigma).min().orElseThrow();
    double hi = noisy.values().stream().mapToDouble(Scored::sigma).max().orElseThrow();
    Map<String, Integer> bin = new TreeMap<>();
    noisy.forEach(
        (image, s) ->
            bin.put(image, Math.min(5, (int) Math.floor((s.sigma() - lo) / (hi - lo) * 5) + 1)));
    Map<String, List<Scored>> expected =
        rows.stream()
            .filter(s -> s.run().equals(AnalystRuns.RUN_A) && !s.method().equals("identity"))
            .collect(
                groupingBy(
                    s -> bin.get(s.image()) + "/" + s.method(),
                    TreeMap::new,
                    java.util.stream.Collectors.toList()));

    assertThat(result).hasSize(expected.size());
    assertThat(result).allSatisfy(r -> assertThat(r.get("noise_model")).isEqualTo("gaussian"));
    for (Map<String, String> r : result) {
      List<Scored> group = expected.get(r.get("level_bin") + "/" + r.get("method"));
      assertThat(group).as(r.toString()).isNotNull();
      assertThat(Integer.parseInt(r.get("images"))).isEqualTo(group.size());
      assertThat(num(r, "psnr_gain_db"))
          .isCloseTo(
              group.stream()
                  .mapToDouble(s -> s.psnr() - noisy.get(s.image()).psnr())
                  .average()
                  .orElseThrow(),
              within(DB));
      assertThat(num(r, "ssim_gain"))
          .isCloseTo(
              group.stream()
                  .mapToDouble(s -> s.ssim() - noisy.get(s.image()).ssim())
                  .average()
                  .orElseThrow(),
              within(SSIM));
      assertThat(num(r, "level_from")).isBetween(lo - 0.005, hi + 0.005);
      assertThat(num(r, "level_to")).isGreaterThanOrEqualTo(num(r, "level_from"));
    }
    assertThat(result.stream().mapToInt(r -> Integer.parseInt(r.get("images"))).sum())
        .isEqualTo(3 * AnalystRuns.IMAGES);
  }

  @Test
  void worstImagesAreTheTenWithTheSmallestModelGainBesideTheBestBaseline() {
    List<Map<String, String>> result =
        query("--var", "run_id=" + AnalystRuns.RUN_A, "--example", "worst_images");

    Map<String, Scored> noisy = byImage(run(AnalystRuns.RUN_A, "identity"));
    List<Scored> worst =
        run(AnalystRuns.RUN_A, "model").stream()
            .sorted(
                Comparator.comparingDouble((Scored s) -> s.psnr() - noisy.get(s.image()).psnr())
                    .thenComparing(Scored::image))
            .limit(10)
            .toList();
    assertThat(result)
        .extracting(r -> r.get("image_id"))
        .containsExactlyElementsOf(worst.stream().map(Scored::image).toList());
    for (int i = 0; i < worst.size(); i++) {
      Map<String, String> r = result.get(i);
      Scored model = worst.get(i);
      double noisyPsnr = noisy.get(model.image()).psnr();
      assertThat(num(r, "model_gain_db")).isCloseTo(model.psnr() - noisyPsnr, within(DB));
      Scored best =
          rows.stream()
              .filter(s -> s.run().equals(AnalystRuns.RUN_A) && s.image().equals(model.image()))
              .filter(s -> s.method().equals("gaussian_s1") || s.method().equals("median3x3"))
              .max(Comparator.comparingDouble(Scored::psnr))
              .orElseThrow();
      assertThat(r.get("best_baseline")).isEqualTo(best.method());
      assertThat(num(r, "baseline_gain_db")).isCloseTo(best.psnr() - noisyPsnr, within(DB));
      assertThat(r.get("noise_params")).startsWith("{\"sigma\":");
    }
  }

  @Test
  void runVsRunPairsTheImagesOfTwoRunsMethodByMethod() {
    List<Map<String, String>> result =
        query(
            "--var", "baseline_run=" + AnalystRuns.RUN_A,
            "--var", "candidate_run=" + AnalystRuns.RUN_B,
            "--example", "run_vs_run");

    assertThat(result)
        .extracting(r -> r.get("method"))
        .containsExactly("gaussian_s1", "identity", "median3x3", "model");
    for (Map<String, String> r : result) {
      String method = r.get("method");
      Map<String, Scored> a = byImage(run(AnalystRuns.RUN_A, method));
      Map<String, Scored> b = byImage(run(AnalystRuns.RUN_B, method));
      double change =
          a.keySet().stream()
              .mapToDouble(i -> b.get(i).psnr() - a.get(i).psnr())
              .average()
              .orElseThrow();
      long better =
          a.keySet().stream().filter(i -> b.get(i).psnr() > a.get(i).psnr() + 0.1).count();
      long worse = a.keySet().stream().filter(i -> b.get(i).psnr() < a.get(i).psnr() - 0.1).count();
      assertThat(r.get("images")).isEqualTo(Integer.toString(AnalystRuns.IMAGES));
      assertThat(num(r, "psnr_change_db")).isCloseTo(change, within(DB));
      assertThat(r.get("better")).isEqualTo(Long.toString(better));
      assertThat(r.get("worse")).isEqualTo(Long.toString(worse));
      if (!method.equals("model")) {
        // the same pairs and the same classical filters: nothing changes between the runs
        assertThat(num(r, "psnr_change_db")).isZero();
        assertThat(r.get("better")).isEqualTo("0");
      }
    }
  }

  @Test
  void trainingCurvesListTheEpochsOfTheHistoryAndMarkTheLowestValidationLoss() {
    LauncherRun run =
        LauncherRun.of(
            "tables", "query", "--history", runs.historyB(), "--example", "training_curves");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<Map<String, String>> result = CsvRows.parse(run.out());
    List<Row> history =
        SharedSpark.session().read().parquet(runs.historyB()).orderBy("epoch").collectAsList();

    assertThat(result).extracting(r -> r.get("epoch")).containsExactly("1", "2");
    double minLoss = history.stream().mapToDouble(h -> h.getAs("val_loss")).min().orElseThrow();
    for (int i = 0; i < history.size(); i++) {
      Row h = history.get(i);
      Map<String, String> r = result.get(i);
      assertThat(r.get("engine")).isEqualTo("local");
      assertThat(num(r, "train_loss")).isCloseTo(h.getAs("train_loss"), within(6e-6));
      assertThat(num(r, "val_psnr_db")).isCloseTo(h.getAs("val_psnr_db"), within(DB));
      assertThat(r.get("best"))
          .isEqualTo(Boolean.toString((double) h.getAs("val_loss") == minLoss));
    }
  }

  @Test
  void aQueryNeedsItsVariablesAndExactlyOneSourceOfSql() {
    LauncherRun noVar =
        LauncherRun.of("tables", "query", "--metrics", runs.metrics(), "--example", "run_vs_run");
    LauncherRun two = LauncherRun.of("tables", "query", "--example", "runs", "SELECT 1");
    LauncherRun unknown = LauncherRun.of("tables", "query", "--example", "nope");
    LauncherRun badVar = LauncherRun.of("tables", "query", "--var", "x", "SELECT 1");

    assertThat(noVar.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(noVar.err())
        .isEqualTo(
            "spark-denoise: the SQL uses ${hivevar:baseline_run}, ${hivevar:candidate_run}: give"
                + " --var baseline_run=VALUE --var candidate_run=VALUE\n");
    assertThat(two.err())
        .isEqualTo("spark-denoise: give exactly one of QUERY, --file and --example, got 2\n");
    assertThat(unknown.err())
        .startsWith("spark-denoise: --example: unknown example 'nope' (known: runs,");
    assertThat(badVar.err())
        .isEqualTo(
            "spark-denoise: --var expects NAME=VALUE with NAME letters, digits and _, got 'x'\n");
  }

  @Test
  void aQueryRunsTheStatementsOfAFileAndPrintsTheLastResult() throws Exception {
    java.nio.file.Path file = runs.dir().resolve("two-statements.sql");
    java.nio.file.Files.writeString(
        file,
        "-- a view, then a query over it\nCREATE OR REPLACE TEMPORARY VIEW model_rows AS\n"
            + "  SELECT * FROM metrics WHERE method = 'model' AND run_id = '${hivevar:run}';\n"
            + "SELECT count(*) AS n FROM model_rows;\n");

    List<Map<String, String>> result =
        query(
            "--database",
            "query_file",
            "--var",
            "run=" + AnalystRuns.RUN_B,
            "--file",
            file.toString());

    assertThat(result).containsExactly(Map.of("n", Integer.toString(AnalystRuns.IMAGES)));
    assertThat(SharedSpark.session().catalog().currentDatabase()).isEqualTo("default");
    assertThat(SharedSpark.session().conf().getOption("run").isDefined()).isFalse();
  }

  @Test
  void registerPrintsWhatItRegisteredAsOneJsonLine() {
    LauncherRun run =
        LauncherRun.of(
            "tables",
            "register",
            "--database",
            "register_cli",
            "--metrics",
            runs.metrics(),
            "--history",
            runs.historyA());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lastLine())
        .startsWith(
            "{\"catalog\":\"in-memory\",\"persistent\":false,\"database\":\"register_cli\","
                + "\"tables\":{\"register_cli.metrics\":{\"location\":\"file:")
        .contains("\"action\":\"created\",\"partitions\":2,\"rows\":288}")
        .contains("\"register_cli.history\":{\"location\":\"file:")
        .contains("\"partitions\":0,\"rows\":1}");
  }
}
