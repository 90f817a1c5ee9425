/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.ImageMetrics;
import io.sparkdenoise.core.metrics.Ssim;
import io.sparkdenoise.core.metrics.SsimConvention;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spark-denoise metrics}: MSE, PSNR and SSIM of one image against its reference. */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description = {
      "MSE, PSNR and SSIM of a test image against its reference.",
      "Samples are scaled to [0,1] (data range 1): mse is on that scale, psnr_db does not depend on it."
    })
final class MetricsCommand implements Callable<Integer> {
  private final Console console;

  @Option(names = "--reference", required = true, paramLabel = "FILE", description = "clean image")
  private Path reference;

  @Option(names = "--test", required = true, paramLabel = "FILE", description = "image to score")
  private Path test;

  @Option(
      names = "--ssim",
      defaultValue = "wang",
      paramLabel = "CONVENTION",
      description = {
        "wang (default): Wang et al. 2004, 11x11 Gaussian window (sigma 1.5), population covariance;",
        "skimage: scikit-image's default, 7x7 uniform window, sample covariance."
      })
  private String ssim;

  @Option(names = "--json", description = "print one line of JSON instead of text")
  private boolean json;

  MetricsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    SsimConvention convention = convention();
    Image ref = ImageFiles.readSingle(reference);
    Image tst = ImageFiles.readSingle(test);
    if (!ref.sameShape(tst)) {
      throw new UsageException(
          "the images differ in shape: reference "
              + shape(ref)
              + ", test "
              + shape(tst)
              + " (height x width x channels)");
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("mse", ImageMetrics.mse(ref, tst));
    result.put("psnr_db", ImageMetrics.psnr(ref, tst, 1.0));
    result.put("ssim", Ssim.mean(ref, tst, convention));
    result.put("ssim_convention", convention.label());
    result.put("width", ref.width());
    result.put("height", ref.height());
    if (json) {
      console.result(JsonLine.of(result));
    } else {
      result.forEach((k, v) -> console.result(String.format(Locale.ROOT, "%-16s %s", k, v)));
    }
    return 0;
  }

  private SsimConvention convention() {
    try {
      return SsimConvention.parse(ssim);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--ssim: " + e.getMessage());
    }
  }

  private static String shape(Image image) {
    return image.height() + "x" + image.width() + "x" + image.channels();
  }
}
