/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.core.report.Block;
import io.sparkdenoise.core.report.Section;
import io.sparkdenoise.jobs.contracts.MethodSummary;
import io.sparkdenoise.jobs.contracts.MetricsRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's first section: what was scored, and each method's numbers over the run. */
final class SummarySection {
  /** The section's id. */
  static final String ID = "summary";

  private SummarySection() {}

  static Section build(ScoredRun run, Map<String, MethodSummary> methods, long rows) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Run", run.runId());
    facts.put("Model", run.modelId().orElse("none (the classical baselines only)"));
    facts.put("Scored at", run.provenance().createdAt().toString());
    facts.put("Code revision", run.provenance().gitRevision());
    run.pairs().ifPresent(p -> facts.put("Pairs table", p));
    run.images().ifPresent(i -> facts.put("Images table", i));
    if (run.images().isPresent()) {
      facts.put(
          "Noise", run.setting(MetricsRun.NOISE) + " (seed " + run.setting(MetricsRun.SEED) + ")");
    }
    facts.put("Model directory", run.setting(MetricsRun.MODEL));
    facts.put("Run directory", run.location());
    facts.put("Splits", Split.labels(run.splits()));
    facts.put("Metrics rows", Long.toString(rows));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Facts(facts));
    blocks.add(methodTable(methods));
    blocks.add(
        new Block.Paragraph(
            "PSNR in dB (data range 1) and SSIM (Wang et al. 2004) of each method's output against"
                + " the clean image; identity is the noisy input itself, so each method's gain is"
                + " its mean improvement over the noisy input on the same images. Percentiles are"
                + " Spark's percentile_approx."));
    if (hasCer(methods)) {
      blocks.add(
          new Block.Paragraph(
              "CER: the character error rate of Tesseract's OCR of each method's output against"
                  + " the page's ground-truth text (edit distance over the text's length, white"
                  + " space folded; lower is better), over the images that have a text."));
    }
    return new Section(ID, "Summary", blocks);
  }

  private static boolean hasCer(Map<String, MethodSummary> methods) {
    return methods.values().stream().anyMatch(m -> m.cer().isPresent());
  }

  private static Block.Table methodTable(Map<String, MethodSummary> methods) {
    boolean cer = hasCer(methods);
    List<String> headers =
        new ArrayList<>(
            List.of(
                "method",
                "images",
                "PSNR mean",
                "PSNR median",
                "PSNR p5",
                "PSNR p95",
                "PSNR gain",
                "SSIM mean",
                "SSIM median",
                "SSIM gain"));
    if (cer) {
      headers.addAll(List.of("CER mean", "CER median"));
    }
    List<List<String>> rows = new ArrayList<>();
    methods.forEach(
        (method, m) -> {
          List<String> row =
              new ArrayList<>(
                  List.of(
                      method,
                      Long.toString(m.count()),
                      Numbers.fixed(m.psnr().mean(), 2),
                      Numbers.fixed(m.psnr().median(), 2),
                      Numbers.fixed(m.psnr().p5(), 2),
                      Numbers.fixed(m.psnr().p95(), 2),
                      Numbers.signed(m.psnrGainDb(), 2),
                      Numbers.fixed(m.ssim().mean(), 4),
                      Numbers.fixed(m.ssim().median(), 4),
                      Numbers.signed(m.ssimGain(), 4)));
          if (cer) {
            row.add(m.cer().map(c -> Numbers.fixed(c.mean(), 4)).orElse("n/a"));
            row.add(m.cer().map(c -> Numbers.fixed(c.median(), 4)).orElse("n/a"));
          }
          rows.add(row);
        });
    List<Boolean> numeric = new ArrayList<>(Collections.nCopies(headers.size(), true));
    numeric.set(0, false);
    return new Block.Table(
        "Per method, over the run's images of those splits", headers, rows, numeric);
  }
}
