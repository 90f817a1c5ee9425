/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.core.model.ModelSummary;
import io.sparkdenoise.jobs.executor.ModelZip;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code model --summary} as lines of text for a person: a heading, the layer table, the facts. */
final class ModelSummaryText {
  private static final String FACT = "%-17s %s";
  private static final String ROW = "  %-10s %-34s %-14s %10s %12s";

  private ModelSummaryText() {}

  static List<String> lines(ModelZip zip, ModelSummary summary, TrainingRecord training) {
    List<String> lines = new ArrayList<>();
    lines.add(fact("model", zip.name() + " (id " + zip.id() + ")"));
    lines.add(
        fact("preset", orUnknown(training.preset()) + ", loss " + orUnknown(training.loss())));
    lines.add(
        fact(
            "layers",
            "output shapes (channels x height x width) for a "
                + summary.inputHeight()
                + "x"
                + summary.inputWidth()
                + " input of "
                + summary.inputChannels()
                + " channel(s)"));
    lines.add(format(ROW, "name", "kind", "output", "parameters", "MACs/pixel"));
    double pixels = (double) summary.inputHeight() * summary.inputWidth();
    for (ModelSummary.Layer layer : summary.layers()) {
      lines.add(
          format(
              ROW,
              layer.name(),
              layer.kind(),
              layer.shape(),
              format("%,d", layer.parameters()),
              format("%,.1f", layer.macs() / pixels)));
    }
    lines.add(fact("parameters", format("%,d", summary.parameters())));
    lines.add(
        fact("channels", summary.inputChannels() + " in, " + summary.outputChannels() + " out"));
    lines.add(
        fact(
            "receptive field",
            summary.receptiveFieldPx()
                + " px across (each output pixel sees at most this square)"));
    lines.add(fact("multiply-adds", format("%,.0f per pixel", summary.macsPerPixel())));
    lines.addAll(trainingLines(training));
    return lines;
  }

  private static List<String> trainingLines(TrainingRecord training) {
    List<String> lines = new ArrayList<>();
    lines.add(fact("trained on", orUnknown(training.data())));
    lines.add(fact("noise", orUnknown(training.noise())));
    lines.add(fact("started from", orUnknown(training.startedFrom())));
    lines.add(fact("epochs", training.epochs() == null ? "unknown" : training.epochs().toString()));
    lines.add(
        fact(
            "best validation",
            training
                .best()
                .map(b -> format("%.2f dB PSNR (epoch %d)", b.validationPsnrDb(), b.epoch()))
                .orElse("unknown (no history beside the model)")));
    lines.add(fact("trained at", orUnknown(training.trainedAt())));
    return lines;
  }

  private static String fact(String name, String value) {
    return format(FACT, name, value);
  }

  private static String orUnknown(String value) {
    return value == null ? "unknown (no training record)" : value;
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
