/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkdenoise.core.codec.DecodedPage;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.noise.GaussianNoise;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoiseCommandTest {
  @TempDir Path dir;

  private static List<DecodedPage> read(Path file) throws Exception {
    return ImageCodec.decode(Files.readAllBytes(file), "out");
  }

  @Test
  void writesTheNoiseThatTheSeedTheFileNameAndTheSpecDetermine() throws Exception {
    Path in = Files.write(dir.resolve("digit.png"), SampleFiles.grayPng());
    Path out = dir.resolve("noisy.png");

    LauncherRun run =
        LauncherRun.of(
            "noise", "--model", "gaussian", "--sigma", "25", "--seed", "7", in + "", out + "");

    assertThat(run.exitCode()).isZero();
    Image expected =
        NoisePlanner.generate(
                NoiseSpec.parse("gaussian:sigma=25"),
                7,
                SampleFiles.grayImage().withId("digit.png"))
            .image();
    float[] written = read(out).get(0).image().samples();
    for (int i = 0; i < written.length; i++) {
      // The output is an 8-bit PNG: each sample is the noisy value rounded to k/255.
      assertThat(written[i]).isEqualTo(Math.round(expected.samples()[i] * 255) / 255f);
    }
  }

  @Test
  void theNoisyImageKeepsTheResolutionOfTheClean() throws Exception {
    Path in =
        Files.write(
            dir.resolve("scan.png"),
            ImageCodec.encode(SampleFiles.grayImage(), EncodeOptions.png().withDpi(600)));
    Path out = dir.resolve("scan-noisy.png");

    LauncherRun run = LauncherRun.of("noise", "--spec", "gaussian:sigma=5", in + "", out + "");

    assertThat(run.exitCode()).isZero();
    assertThat(read(out).get(0).dpi().getAsDouble()).isCloseTo(600, within(0.5));
  }

  @Test
  void theCleanImageIsNeverItsOwnOutputNotEvenThroughALink() throws Exception {
    byte[] clean = SampleFiles.grayPng();
    Path in = Files.write(dir.resolve("x.png"), clean);
    Path link = Files.createSymbolicLink(dir.resolve("link.png"), in);

    LauncherRun same =
        LauncherRun.of("noise", "--model", "gaussian", "--sigma", "5", in + "", in + "");
    LauncherRun linked =
        LauncherRun.of("noise", "--model", "gaussian", "--sigma", "5", in + "", link + "");

    assertThat(same.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(same.err())
        .isEqualTo(
            "spark-denoise: IN and OUT are the same file, "
                + in
                + ": the noisy image would replace the clean one; write it to another file\n");
    assertThat(linked.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(Files.readAllBytes(in)).isEqualTo(clean);
  }

  @Test
  void anOutputInAMissingDirectoryIsNamedAsTheUserWroteIt() throws Exception {
    Path in = Files.write(dir.resolve("x.png"), SampleFiles.grayPng());
    Path out = dir.resolve("missing/noisy.png");

    LauncherRun run =
        LauncherRun.of("noise", "--model", "gaussian", "--sigma", "5", in + "", out + "");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "spark-denoise: cannot write "
                + out
                + ": no such directory "
                + dir.resolve("missing")
                + "\n");
  }

  @Test
  void theSameCommandTwiceGivesTheSameFileAndAnotherSeedAnotherOne() throws Exception {
    Path in = Files.write(dir.resolve("digit.png"), SampleFiles.grayPng());
    LauncherRun.of("noise", "--model", "gaussian", "--sigma", "25", in + "", dir + "/a.png");
    LauncherRun.of("noise", "--model", "gaussian", "--sigma", "25", in + "", dir + "/b.png");
    LauncherRun.of(
        "noise", "--model", "gaussian", "--sigma", "25", "--seed", "1", in + "", dir + "/c.png");

    byte[] a = Files.readAllBytes(dir.resolve("a.png"));
    assertThat(Files.readAllBytes(dir.resolve("b.png"))).isEqualTo(a);
    assertThat(Files.readAllBytes(dir.resolve("c.png"))).isNotEqualTo(a);
  }

  @Test
  void everyModelCanBeAskedForFromTheCommandLine() throws Exception {
    Path in = Files.write(dir.resolve("page.png"), SampleFiles.grayPng());
    String[][] models = {
      {"--model", "gaussian", "--sigma", "10"},
      {"--model", "salt-pepper", "--amount", "0.1", "--salt", "0.3"},
      {"--model", "speckle", "--sigma", "0.2"},
      {"--model", "poisson", "--peak", "30"},
      {"--model", "scanner", "-p", "jpeg=60", "-p", "blur=1"},
      {"--spec", "0.5*gaussian:sigma=5..50|0.5*poisson:peak=10"},
    };
    for (String[] model : models) {
      Path out = dir.resolve("out.png");
      String[] args = new String[model.length + 4];
      args[0] = "noise";
      System.arraycopy(model, 0, args, 1, model.length);
      args[model.length + 1] = "--json";
      args[model.length + 2] = in.toString();
      args[model.length + 3] = out.toString();

      LauncherRun run = LauncherRun.of(args);

      assertThat(run.exitCode()).as(String.join(" ", model) + ": " + run.err()).isZero();
      assertThat(read(out).get(0).image().sameShape(SampleFiles.grayImage())).isTrue();
    }
  }

  @Test
  void aMultiPageTiffGetsNoiseOnEveryPageAndStaysATiff() throws Exception {
    Path in = Files.write(dir.resolve("book.tif"), SampleFiles.twoPageLzwTiff());
    Path out = dir.resolve("noisy.tif");

    LauncherRun run =
        LauncherRun.of("noise", "--model", "gaussian", "--sigma", "5", "--json", in + "", out + "");

    JsonNode json = new ObjectMapper().readTree(run.lastLine());
    assertThat(json.get("pages").asInt()).isEqualTo(2);
    assertThat(json.get("applied").get(1).asText()).isEqualTo(new GaussianNoise(5).toSpec());
    assertThat(read(out)).hasSize(2);
    assertThat(
            LauncherRun.of("noise", "--model", "gaussian", "--sigma", "5", in + "", "x.png").err())
        .isEqualTo("spark-denoise: " + in + " has 2 pages: only a .tif output can hold them all\n");
  }

  @Test
  void badModelsAndParametersAreOneLineUsageErrors() throws Exception {
    Path in = Files.write(dir.resolve("digit.png"), SampleFiles.grayPng());
    String out = dir.resolve("out.png").toString();

    LauncherRun unknown =
        LauncherRun.of("noise", "--model", "gausian", "--sigma", "3", in + "", out);
    LauncherRun range =
        LauncherRun.of("noise", "--model", "gaussian", "--sigma", "300", in + "", out);
    LauncherRun both =
        LauncherRun.of("noise", "--model", "gaussian", "--spec", "gaussian:sigma=3", in + "", out);
    LauncherRun format =
        LauncherRun.of("noise", "--model", "gaussian", "--sigma", "3", in + "", "x.webp");

    assertThat(unknown.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(unknown.err())
        .isEqualTo(
            "spark-denoise: bad noise spec component 'gausian:sigma=3': unknown noise model"
                + " 'gausian' (known: gaussian, poisson, salt-pepper, scan, scanner, speckle)\n");
    assertThat(range.err()).contains("sigma must be in (0, 255], got 300").hasLineCount(1);
    assertThat(both.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(both.err()).contains("mutually exclusive").hasLineCount(1);
    assertThat(format.err())
        .isEqualTo(
            "spark-denoise: cannot tell the output format of x.webp: name it .png, .jpg, .tif,"
                + " .bmp or .gif\n");
    assertThat(Files.exists(Path.of(out))).isFalse();
  }
}
