/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.demo.DemoConfig;
import io.sparkdenoise.jobs.demo.DemoJob;
import io.sparkdenoise.jobs.demo.DemoResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code spark-denoise demo}: the whole pipeline on local Spark in a few minutes. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Renders MNIST-like glyphs with the JVM's fonts (or reads IDX files given with --data), then",
      "runs ingest -> pairs -> train (parameter averaging on local Spark) -> score -> report, and",
      "writes everything under --output, with the HTML report of the score run (curves,",
      "histograms, before/after images) as <output>/report.html, whose path it prints on stderr.",
      "Prints one JSON line: noisy_psnr_db, denoised_psnr_db, noisy_ssim, denoised_ssim (wang,",
      "test split), train_images_per_s, test_images, page_psnr_before_db, page_psnr_after_db,",
      "report, output_dir."
    })
// The flags are declared here and read by JobOptions from the parse result, not from the fields.
@SuppressWarnings("UnusedVariable")
final class DemoCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @Option(
      names = "--output",
      descriptionKey = DemoConfig.OUTPUT,
      paramLabel = "DIR",
      description =
          "local directory for everything (" + DemoConfig.OUTPUT + ", default ${DEFAULT-VALUE})")
  private String output;

  @Option(
      names = "--data",
      descriptionKey = DemoConfig.DATA,
      paramLabel = "DIR",
      description = "IDX files (e.g. MNIST) instead of rendered glyphs (" + DemoConfig.DATA + ")")
  private String data;

  @Option(
      names = "--epochs",
      descriptionKey = DemoConfig.EPOCHS,
      paramLabel = "N",
      description = "training epochs (" + DemoConfig.EPOCHS + ", default ${DEFAULT-VALUE})")
  private String epochs;

  DemoCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    DemoConfig config = options.config(DemoConfig::from);
    DemoResult result = SparkJobs.inSession(config.spark(), spark -> DemoJob.run(spark, config));
    console.note("the demo's report, to open in a browser: " + result.report());
    console.result(JsonLine.of(result.summary()));
    return 0;
  }
}
