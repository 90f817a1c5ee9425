/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import io.sparkdenoise.core.filter.IdentityDenoiser;
import io.sparkdenoise.core.provenance.BuildInfo;
import io.sparkdenoise.core.report.Block;
import io.sparkdenoise.core.report.ReportDocument;
import io.sparkdenoise.core.report.Section;
import io.sparkdenoise.jobs.Stopwatch;
import io.sparkdenoise.jobs.contracts.MethodSummary;
import io.sparkdenoise.jobs.contracts.MetricsRun;
import io.sparkdenoise.jobs.contracts.MetricsSummaries;
import io.sparkdenoise.jobs.contracts.SplitRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code report} job: one score run in, one self-contained HTML file out ({@link
 * ReportDocument}: no scripts, images inlined, all text from the data escaped). {@code --run} is
 * the run's partition of the metrics table, {@code <metrics dir>/run_id=<id>}; its {@code
 * _provenance.json} names the model directory (whose {@code history} gives the training curves) and
 * the pairs or images table (which gives the clean and noisy example images), unless {@value
 * ReportConfig#HISTORY} or {@value ReportConfig#PAIRS} name others. What cannot be read (no model,
 * a moved table, outputs not kept) becomes a note in its section, not a failure.
 *
 * <p>Sections, by id: {@value SummarySection#ID}, {@value TrainingSection#ID}, {@value
 * DistributionSection#ID}, {@value NoiseLevelSection#ID}, {@value ExamplesSection#ID}, {@value
 * ProvenanceSection#ID}. The file is replaced atomically.
 */
public final class ReportJob {
  /** The job's name. */
  public static final String JOB = "report";

  private ReportJob() {}

  /**
   * Writes the report of the run.
   *
   * @throws NoSuchFileException when the run directory does not exist
   * @throws IOException when it is not a committed run of a metrics table, holds no rows of the
   *     splits asked for (the message names those it has) or of the noisy input, or the file cannot
   *     be written
   */
  public static ReportResult run(SparkSession spark, ReportConfig config) throws IOException {
    Stopwatch watch = Stopwatch.start();
    ScoredRun run = ScoredRun.open(spark, config);
    try {
      long rows = run.rows().count();
      if (rows == 0) {
        throw new IOException(
            SplitRows.noneLeft(
                ReportConfig.SPLITS, run.splits(), "run " + run.runId(), run.run().rows(spark)));
      }
      Map<String, MethodSummary> methods = MetricsSummaries.byMethod(run.rows());
      if (!methods.containsKey(IdentityDenoiser.NAME)) {
        throw new IOException(config.run() + " holds no rows of the noisy input (method identity)");
      }
      List<String> names = new ArrayList<>(methods.keySet());
      List<Section> sections =
          List.of(
              SummarySection.build(run, methods, rows),
              TrainingSection.build(spark, run),
              DistributionSection.build(run.rows(), names, config.bins()),
              NoiseLevelSection.build(run.rows(), names),
              ExamplesSection.build(
                  spark,
                  run,
                  shownMethod(methods),
                  config.examples(),
                  config.randomExamples(),
                  config.seed()),
              ProvenanceSection.build(run.provenance()));
      String html =
          new ReportDocument(
                  "spark-denoise run " + run.runId(),
                  methods.get(IdentityDenoiser.NAME).count()
                      + " images scored with "
                      + String.join(", ", names)
                      + run.modelId().map(id -> " (model " + id + ")").orElse(""),
                  sections,
                  "Made by spark-denoise report (code "
                      + BuildInfo.gitRevision()
                      + ") at "
                      + Instant.now()
                      + " from "
                      + run.location())
              .html();
      Path target = ReportFiles.write(spark, config.output(), html);
      double seconds = watch.roundedSeconds();
      return new ReportResult(
          run.runId(),
          target.toString(),
          html.getBytes(StandardCharsets.UTF_8).length,
          sections.stream().map(Section::id).toList(),
          count(sections, Block.Figure.class),
          count(sections, Block.Note.class),
          seconds);
    } finally {
      run.rows().unpersist();
    }
  }

  /** The model if the run has one, else the baseline with the best mean PSNR. */
  static String shownMethod(Map<String, MethodSummary> methods) {
    if (methods.containsKey(MetricsRun.MODEL_METHOD)) {
      return MetricsRun.MODEL_METHOD;
    }
    return methods.entrySet().stream()
        .filter(e -> !e.getKey().equals(IdentityDenoiser.NAME))
        .max(Comparator.comparingDouble(e -> e.getValue().psnr().mean()))
        .map(Map.Entry::getKey)
        .orElse(IdentityDenoiser.NAME);
  }

  private static int count(List<Section> sections, Class<? extends Block> kind) {
    return (int)
        sections.stream().flatMap(s -> s.blocks().stream()).filter(kind::isInstance).count();
  }
}
