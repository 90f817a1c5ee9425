/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.ImageMetrics;
import io.sparkdenoise.core.metrics.Ssim;
import io.sparkdenoise.core.metrics.SsimConvention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  /** The gray fixture with one sample changed by 51/255 = 0.2. */
  private static Image oneSampleOff() {
    Image clean = SampleFiles.grayImage();
    float[] s = clean.samples().clone();
    s[0] = s[0] > 0.5f ? s[0] - 0.2f : s[0] + 0.2f;
    return clean.withSamples(s);
  }

  @Test
  void jsonCarriesTheDocumentedKeysAndTheCoreMetrics() throws Exception {
    Path ref = write("clean.png", SampleFiles.grayPng());
    Path test = write("test.png", ImageCodec.encode(oneSampleOff(), EncodeOptions.png()));

    LauncherRun run =
        LauncherRun.of(
            "metrics", "--reference", ref.toString(), "--test", test.toString(), "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.lastLine());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("mse", "psnr_db", "ssim", "ssim_convention", "width", "height");
    double mse = 0.2 * 0.2 / (SampleFiles.SIZE * SampleFiles.SIZE);
    assertThat(json.get("mse").asDouble()).isCloseTo(mse, within(1e-9));
    assertThat(json.get("psnr_db").asDouble()).isCloseTo(-10 * Math.log10(mse), within(1e-4));
    assertThat(json.get("ssim").asDouble())
        .isEqualTo(Ssim.mean(SampleFiles.grayImage(), oneSampleOff(), SsimConvention.WANG));
    assertThat(json.get("ssim_convention").asText()).isEqualTo("wang");
    assertThat(json.get("width").asInt()).isEqualTo(SampleFiles.SIZE);
  }

  @Test
  void theSkimageConventionCanBeChosen() throws Exception {
    Path ref = write("clean.png", SampleFiles.grayPng());
    Path test = write("test.png", ImageCodec.encode(oneSampleOff(), EncodeOptions.png()));

    LauncherRun run =
        LauncherRun.of(
            "metrics", "--reference", ref + "", "--test", test + "", "--ssim", "skimage", "--json");

    JsonNode json = new ObjectMapper().readTree(run.lastLine());
    assertThat(json.get("ssim_convention").asText()).isEqualTo("skimage");
    assertThat(json.get("ssim").asDouble())
        .isEqualTo(Ssim.mean(SampleFiles.grayImage(), oneSampleOff(), SsimConvention.SKIMAGE));
  }

  @Test
  void identicalImagesHaveInfinitePsnrWrittenAsAString() throws Exception {
    Path ref = write("clean.png", SampleFiles.grayPng());

    LauncherRun run =
        LauncherRun.of("metrics", "--reference", ref + "", "--test", ref + "", "--json");

    JsonNode json = new ObjectMapper().readTree(run.lastLine());
    assertThat(json.get("psnr_db").isTextual()).isTrue();
    assertThat(json.get("psnr_db").asText()).isEqualTo("Infinity");
    assertThat(json.get("ssim").asDouble()).isEqualTo(1.0);
    assertThat(ImageMetrics.mse(SampleFiles.grayImage(), SampleFiles.grayImage())).isZero();
  }

  @Test
  void imagesOfDifferentShapesAreAUsageError() throws Exception {
    Path gray = write("gray.png", SampleFiles.grayPng());
    Path rgb = write("rgb.png", SampleFiles.rgbPng());

    LauncherRun run = LauncherRun.of("metrics", "--reference", gray + "", "--test", rgb + "");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(run.err())
        .isEqualTo(
            "spark-denoise: the images differ in shape: reference 16x16x1, test 16x16x3"
                + " (height x width x channels)\n");
  }

  @Test
  void anUnreadableFileIsOneLineWithItsReasonCode() throws Exception {
    Path text = write("notes.png", SampleFiles.textNamedPng());

    LauncherRun run = LauncherRun.of("metrics", "--reference", text + "", "--test", text + "");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(run.err()).startsWith("spark-denoise: not_an_image: ").hasLineCount(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDirectoryOrATruncatedFileIsOneLineNamingTheUsersPathAndNothingElse() throws Exception {
    Path ref = write("clean.png", SampleFiles.grayPng());
    Path cut = write("cut.png", SampleFiles.truncatedPng());
    Path folder = Files.createDirectories(dir.resolve("scans"));

    LauncherRun directory =
        LauncherRun.of("metrics", "--reference", ref + "", "--test", folder + "");
    LauncherRun truncated;
    List<String> warnings;
    try (LoggedWarnings logged = LoggedWarnings.capture()) {
      truncated = LauncherRun.of("metrics", "--reference", ref + "", "--test", cut + "");
      warnings = logged.messages();
    }

    assertThat(directory.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(directory.err())
        .isEqualTo("spark-denoise: " + folder + " is a directory, not an image file\n");
    assertThat(truncated.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(truncated.err())
        .startsWith("spark-denoise: truncated: " + cut + ": PNG data ends early")
        .hasLineCount(1);
    assertThat(warnings).isEmpty();
  }

  @Test
  void aMissingFileAndAnUnknownConventionAreOneLineEach() throws Exception {
    Path ref = write("clean.png", SampleFiles.grayPng());

    LauncherRun missing =
        LauncherRun.of("metrics", "--reference", ref + "", "--test", dir.resolve("nope.png") + "");
    LauncherRun convention =
        LauncherRun.of(
            "metrics", "--reference", ref + "", "--test", ref + "", "--ssim", "gaussian");

    assertThat(missing.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(missing.err())
        .isEqualTo("spark-denoise: no such file: " + dir.resolve("nope.png") + "\n");
    assertThat(convention.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(convention.err())
        .isEqualTo(
            "spark-denoise: --ssim: unknown SSIM convention 'gaussian', expected one of wang,"
                + " skimage\n");
  }

  @Test
  void missingOptionsPointToTheCommandsHelp() {
    LauncherRun run = LauncherRun.of("metrics", "--test", "x.png");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(run.err())
        .isEqualTo(
            "spark-denoise: Missing required option: '--reference=FILE'"
                + " (see spark-denoise metrics --help)\n");
  }
}
