/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.plot.Figure;
import io.sparkdenoise.core.plot.FigureGrid;
import io.sparkdenoise.core.plot.LineChart;
import io.sparkdenoise.core.plot.PngFigures;
import io.sparkdenoise.jobs.contracts.ModelDirectory;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The curves PNG of a train run ({@link ModelDirectory#CURVES_FILE}): three panels side by side,
 * per epoch, the train and validation loss, the validation PSNR and the validation SSIM (panels
 * without validation say "no data"). Stateless.
 */
final class TrainingCurves {
  /** Width of the picture in pixels. */
  static final int WIDTH = 1200;

  /** Height of the picture in pixels. */
  static final int HEIGHT = 400;

  private static final String EPOCH = "epoch";

  private TrainingCurves() {}

  /** The three panels for {@code history}. */
  static Figure figure(List<EpochMetrics> history) {
    double[] epochs = column(history, e -> e.epoch());
    LineChart loss =
        LineChart.of("loss", EPOCH, "loss per pixel")
            .integerX()
            .with("train", epochs, column(history, EpochMetrics::trainLoss))
            .with("validation", epochs, column(history, EpochMetrics::validationLoss));
    LineChart psnr =
        LineChart.of("validation PSNR", EPOCH, "dB")
            .integerX()
            .with("PSNR", epochs, column(history, EpochMetrics::validationPsnr));
    LineChart ssim =
        LineChart.of("validation SSIM (Wang)", EPOCH, "SSIM")
            .integerX()
            .with("SSIM", epochs, column(history, EpochMetrics::validationSsim));
    return FigureGrid.row(List.of(loss, psnr, ssim));
  }

  /** The picture as PNG bytes, {@value #WIDTH} x {@value #HEIGHT}. */
  static byte[] png(List<EpochMetrics> history) {
    return PngFigures.png(figure(history), WIDTH, HEIGHT);
  }

  private static double[] column(List<EpochMetrics> history, ToDoubleFunction<EpochMetrics> f) {
    return history.stream().mapToDouble(f).toArray();
  }
}
