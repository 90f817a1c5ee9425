/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.report.Html;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.score.ScoreConfig;
import io.sparkdenoise.jobs.score.ScoreJob;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.tables.AnalystRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedSpark.class)
class ReportJobTest {
  private static final List<String> SECTIONS =
      List.of("summary", "training", "distributions", "noise-levels", "examples", "provenance");

  private static SparkSession spark;
  private static AnalystRuns runs;
  private static Path out;

  @BeforeAll
  static void makeRuns() throws IOException {
    spark = SharedSpark.session();
    runs = AnalystRuns.get(spark);
    out = Files.createTempDirectory("report-test-");
  }

  static ReportConfig config(String run, Path output, String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(ReportConfig.RUN + "=" + run, ReportConfig.OUTPUT + "=" + output.toUri()));
    all.addAll(List.of(more));
    return ReportConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static int count(String text, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void aModelRunWithKeptOutputsGetsEverySectionWithItsCharts() throws IOException {
    Path file = out.resolve("run-a.html");

    ReportResult result = ReportJob.run(spark, config(runs.run(AnalystRuns.RUN_A), file));

    String html = read(file);
    assertThat(result.sections()).containsExactlyElementsOf(SECTIONS);
    assertThat(result.runId()).isEqualTo(AnalystRuns.RUN_A);
    assertThat(result.bytes()).isEqualTo(Files.size(file));
    // training: loss, PSNR per epoch and against time, SSIM; two histograms; one noise level
    // (gaussian sigma); one grid
    assertThat(result.figures()).isEqualTo(8);
    assertThat(result.notes()).isZero();
    assertThat(count(html, "<img src=\"data:image/png;base64,")).isEqualTo(8);
    assertThat(count(html, "<img ")).isEqualTo(8);
    assertThat(html).contains("Validation PSNR against training time");
    for (String id : SECTIONS) {
      assertThat(html).contains("<section id=\"" + id + "\">");
    }
    assertThat(html).doesNotContain("<script").doesNotContainPattern("(src|href)=\"(?!data:|#)");
    // the report covers the test split, a third of the images the run scored
    assertThat(html).contains("<dt>Splits</dt><dd>test</dd>");
    assertThat(html)
        .contains("<td>model</td><td class=\"num\">" + AnalystRuns.IMAGES / 3 + "</td>");
    assertThat(html).contains("<dt>Model</dt><dd>" + runs.modelIdA(spark) + "</dd>");
    assertThat(html).contains("<caption>Per epoch</caption>");
    assertThat(count(html, "<td>(worst|best) [0-9]</td>")).isEqualTo(6);
    assertThat(count(html, "<td>random [0-9]</td>")).isEqualTo(4);
    assertThat(html).contains("<td>gaussian</td><td>sigma</td>");
  }

  @Test
  void theExamplesAreTheImagesWithTheSmallestAndLargestModelGain() {
    List<ExamplesSection.Example> examples =
        ExamplesSection.choose(spark.read().parquet(runs.run(AnalystRuns.RUN_A)), "model", 5, 0, 0);

    assertThat(examples)
        .extracting(ExamplesSection.Example::label)
        .containsExactly("worst 1", "worst 2", "worst 3", "best 1", "best 2");
    List<Double> gains = examples.stream().map(e -> e.psnr() - e.noisyPsnr()).toList();
    assertThat(gains.get(0)).isLessThanOrEqualTo(gains.get(1));
    assertThat(gains.get(1)).isLessThanOrEqualTo(gains.get(2));
    assertThat(gains.get(3)).isGreaterThanOrEqualTo(gains.get(4));
    assertThat(gains.get(4)).isGreaterThan(gains.get(2));
    assertThat(examples).allSatisfy(e -> assertThat(e.outputPng()).isNotNull());
    assertThat(examples.stream().map(ExamplesSection.Example::imageId).distinct()).hasSize(5);
  }

  @Test
  void theRandomExamplesAreOthersAndTheSameForTheSameSeed() {
    var rows = spark.read().parquet(runs.run(AnalystRuns.RUN_A));

    List<ExamplesSection.Example> first = ExamplesSection.choose(rows, "model", 4, 5, 1);
    List<ExamplesSection.Example> again = ExamplesSection.choose(rows, "model", 4, 5, 1);
    List<ExamplesSection.Example> other = ExamplesSection.choose(rows, "model", 4, 5, 2);

    assertThat(first)
        .extracting(ExamplesSection.Example::label)
        .containsExactly(
            "worst 1",
            "worst 2",
            "best 1",
            "best 2",
            "random 1",
            "random 2",
            "random 3",
            "random 4",
            "random 5");
    assertThat(first.stream().map(ExamplesSection.Example::imageId).distinct()).hasSize(9);
    assertThat(ids(again)).isEqualTo(ids(first));
    assertThat(ids(other).subList(4, 9)).isNotEqualTo(ids(first).subList(4, 9));
  }

  @Test
  void allSplitsCanBeReportedAndTheRowsShownFollowTheChoice() throws IOException {
    Path file = out.resolve("all-splits.html");

    ReportJob.run(
        spark,
        config(
            runs.run(AnalystRuns.RUN_B),
            file,
            ReportConfig.SPLITS + "=test,train,validation",
            ReportConfig.EXAMPLES + "=0",
            ReportConfig.RANDOM_EXAMPLES + "=0"));

    assertThat(read(file))
        .contains("<dt>Splits</dt><dd>train,validation,test</dd>")
        .contains("<td>model</td><td class=\"num\">" + AnalystRuns.IMAGES + "</td>");
  }

  private static List<String> ids(List<ExamplesSection.Example> examples) {
    return examples.stream().map(ExamplesSection.Example::imageId).toList();
  }

  @Test
  void aRunWithoutKeptOutputsSaysSoInItsExamples() throws IOException {
    Path file = out.resolve("run-b.html");

    ReportResult result = ReportJob.run(spark, config(runs.run(AnalystRuns.RUN_B), file));

    assertThat(result.notes()).isEqualTo(1);
    assertThat(read(file))
        .contains(
            "<p class=\"note\">The run was scored without score.write-images (--write-images): the"
                + " model&#39;s outputs were not kept, so its column shows n/a.</p>");
  }

  @Test
  void aBaselinesOnlyRunShowsTheBestBaselineAndNotesTheMissingHistory() throws IOException {
    String run = baselinesRun("baselines");
    Path file = out.resolve("baselines.html");

    ReportResult result = ReportJob.run(spark, config(run, file));

    String html = read(file);
    assertThat(result.figures()).isEqualTo(4);
    assertThat(html)
        .contains(
            "<p class=\"note\">No training history: the run scored no model (--model none).</p>")
        .contains("<dt>Model</dt><dd>none (the classical baselines only)</dd>")
        .containsPattern("alt=\"clean, noisy and (gaussian_s1|median3x3) images\"");
  }

  @Test
  void aRunWithoutRowsOfTheSplitsAskedForStopsAndNamesTheSplitsItHas() throws IOException {
    String run =
        baselinesRun(
            "train-only", ScoreConfig.SPLITS + "=train", ScoreConfig.BASELINES + "=identity");
    Path file = out.resolve("train-only.html");

    assertThatThrownBy(() -> ReportJob.run(spark, config(run, file)))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "report.splits is 'test' but run train-only has rows of train only: set"
                + " report.splits to those");
    assertThat(file).doesNotExist();
  }

  /**
   * Scores the analyst pairs without a model as run {@code runId} of a metrics table of its own,
   * with more score settings; returns the run's partition.
   */
  private static String baselinesRun(String runId, String... more) throws IOException {
    String metrics = runs.dir().resolve(runId + "-metrics").toUri().toString();
    List<String> settings =
        new ArrayList<>(
            List.of(
                ScoreConfig.PAIRS + "=" + runs.pairs(),
                ScoreConfig.OUTPUT + "=" + metrics,
                ScoreConfig.RUN_ID + "=" + runId,
                ScoreConfig.MODEL + "=none"));
    settings.addAll(List.of(more));
    ScoreJob.run(spark, ScoreConfig.from(ConfigLayers.load(Optional.empty(), settings)));
    return metrics + "/run_id=" + runId;
  }

  @Test
  void everyPieceOfTextFromTheDataIsEscaped() throws IOException {
    String run =
        HostileRun.write(spark, runs, runs.dir().resolve("hostile-metrics").toUri().toString());
    Path file = out.resolve("hostile.html");

    ReportResult result = ReportJob.run(spark, config(run, file));

    String html = read(file);
    assertThat(result.notes()).isZero();
    assertThat(html).doesNotContain("<script").doesNotContain("<img src=x");
    assertThat(html).contains(Html.escape(HostileRun.ID_PREFIX));
    assertThat(html).contains("<td>" + Html.escape(HostileRun.PARAMETER) + "</td>");
    assertThat(html)
        .contains(
            "<td>"
                + HostileRun.CONFIG_KEY
                + "</td><td>"
                + Html.escape(HostileRun.CONFIG_VALUE)
                + "</td>");
    assertThat(count(html, "<img ")).isEqualTo(result.figures());
  }

  @Test
  void theFileIsReplacedWholeAndNoTemporaryFileStays() throws IOException {
    Path file = out.resolve("replaced/report.html");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old", StandardCharsets.UTF_8);

    ReportJob.run(
        spark,
        config(
            runs.run(AnalystRuns.RUN_B),
            file,
            ReportConfig.EXAMPLES + "=0",
            ReportConfig.RANDOM_EXAMPLES + "=0"));

    assertThat(read(file)).startsWith("<!DOCTYPE html>").contains("No examples asked for");
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
    }
  }

  @Test
  void refusesWhatIsNotACommittedRun() {
    Path file = out.resolve("never.html");
    String missing = runs.dir().resolve("no-such-run").toString();

    assertThatThrownBy(() -> ReportJob.run(spark, config(runs.metrics(), file)))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "report.run must be a run of a metrics table, <metrics dir>/run_id=<id>, got "
                + runs.metrics());
    assertThatThrownBy(() -> ReportJob.run(spark, config(missing, file)))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(missing);
    assertThatThrownBy(() -> config(runs.run(AnalystRuns.RUN_A), out.resolve("report.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("report.output must name an .html file, got 'file:");
    assertThatThrownBy(
            () -> config(runs.run(AnalystRuns.RUN_A), file, ReportConfig.EXAMPLES + "=65"))
        .hasMessage("report.examples must be in [0, 64], got 65");
    assertThat(file).doesNotExist();
  }

  @Test
  void theTimeAxisIsTheWallTimeAfterEachEpochInMinutes() {
    assertThat(TrainingSection.minutesSoFar(new double[] {30, 90, 60}))
        .containsExactly(0.5, 2.0, 3.0);
    assertThat(TrainingSection.minutesSoFar(new double[0])).isEmpty();
  }
}
