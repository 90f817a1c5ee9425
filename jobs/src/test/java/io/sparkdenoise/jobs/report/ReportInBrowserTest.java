/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.tables.AnalystRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports as a person sees them: loaded in headless Chromium, they render with nothing on the
 * console (so nothing was blocked by their Content-Security-Policy, no image failed), every image
 * decodes, every section is there, and data that tried to be markup shows as text. Screenshots land
 * in target/ for a look.
 */
@ExtendWith(SharedSpark.class)
class ReportInBrowserTest {
  private static final List<String> SECTIONS =
      List.of("summary", "training", "distributions", "noise-levels", "examples", "provenance");

  private static Path dir;
  private static Path report;
  private static Path hostile;
  private static int hostileFigures;
  private static Chromium chromium;

  @BeforeAll
  static void writeReportsAndStartChromium() throws Exception {
    SparkSession spark = SharedSpark.session();
    AnalystRuns runs = AnalystRuns.get(spark);
    dir = Files.createTempDirectory("report-browser-");
    report = dir.resolve("run-a.html");
    hostile = dir.resolve("hostile.html");
    ReportJob.run(spark, ReportJobTest.config(runs.run(AnalystRuns.RUN_A), report));
    String run = HostileRun.write(spark, runs, dir.resolve("hostile-metrics").toUri().toString());
    hostileFigures = ReportJob.run(spark, ReportJobTest.config(run, hostile)).figures();
    chromium = Chromium.start(dir);
  }

  @AfterAll
  static void stopChromium() throws InterruptedException {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** Loads the file and returns what the console said while it did. */
  private static List<JsonNode> load(Path file, String screenshot) throws Exception {
    chromium.consoleLog();
    chromium.open(file);
    assertThat(chromium.execute("return document.readyState").asText()).isEqualTo("complete");
    Files.write(Path.of("target", screenshot), chromium.screenshot());
    return chromium.consoleLog();
  }

  @Test
  void theReportRendersWithEveryImageDecodedEverySectionAndNoConsoleMessage() throws Exception {
    List<JsonNode> console = load(report, "report-run-a.png");

    assertThat(console).as("console messages").isEmpty();
    JsonNode images =
        chromium.execute(
            "return Array.from(document.images).map(i => ({alt: i.alt, complete: i.complete,"
                + " width: i.naturalWidth, height: i.naturalHeight}))");
    assertThat(images).hasSize(8);
    for (JsonNode image : images) {
      assertThat(image.path("complete").asBoolean()).as(image.toString()).isTrue();
      assertThat(image.path("width").asInt()).as(image.toString()).isPositive();
      assertThat(image.path("height").asInt()).as(image.toString()).isPositive();
    }
    List<String> sections = new ArrayList<>();
    chromium
        .execute("return Array.from(document.querySelectorAll('main > section')).map(s => s.id)")
        .forEach(s -> sections.add(s.asText()));
    assertThat(sections).containsExactlyElementsOf(SECTIONS);
    assertThat(
            chromium.execute(
                "return Array.from(document.querySelectorAll('nav a')).map(a =>"
                    + " document.querySelector(a.getAttribute('href')) !== null)"))
        .hasSize(SECTIONS.size())
        .allSatisfy(found -> assertThat(found.asBoolean()).isTrue());
    assertThat(chromium.execute("return document.title").asText())
        .isEqualTo("spark-denoise run " + AnalystRuns.RUN_A);
    assertThat(chromium.execute("return document.scripts.length").asInt()).isZero();
    assertThat(
            chromium.execute("return document.querySelector('#summary table').rows.length").asInt())
        .as("header and one row per method")
        .isEqualTo(5);
  }

  @Test
  void dataThatLooksLikeMarkupShowsAsText() throws Exception {
    List<JsonNode> console = load(hostile, "report-hostile.png");

    assertThat(console).as("console messages").isEmpty();
    assertThat(chromium.execute("return document.scripts.length").asInt()).isZero();
    assertThat(chromium.execute("return document.querySelectorAll('[onerror]').length").asInt())
        .isZero();
    // the hostile noise parameter varies with sigma: it gets its own noise level chart
    assertThat(hostileFigures).isEqualTo(9);
    assertThat(chromium.execute("return document.images.length").asInt()).isEqualTo(hostileFigures);
    String text = chromium.execute("return document.body.innerText").asText();
    assertThat(text)
        .contains(HostileRun.ID_PREFIX)
        .contains(HostileRun.PARAMETER)
        .contains(HostileRun.CONFIG_VALUE);
  }
}
