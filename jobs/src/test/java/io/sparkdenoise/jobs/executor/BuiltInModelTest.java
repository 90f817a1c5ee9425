/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.denoise.FadedInk;
import io.sparkdenoise.core.denoise.ImageRows;
import io.sparkdenoise.core.denoise.TiledDenoiser;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.core.model.LocalTrainer;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.core.model.TrainingOptions;
import io.sparkdenoise.core.plan.InferenceTiles;
import io.sparkdenoise.jobs.contracts.BuiltInModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document model shipped in the jobs jar, as {@code denoise} uses it when no model is given: a
 * grey, noisy, unevenly lit page comes back white to its edges (no frame), and its ink stays.
 */
class BuiltInModelTest {
  private static final int HEIGHT = 300;
  private static final int WIDTH = 220;
  private static final int TILE = 128;
  private static ModelZip model;
  private static TiledDenoiser denoiser;

  @BeforeAll
  static void load() throws Exception {
    model = ModelZip.read(new Configuration(), BuiltInModel.NAME);
    ModelDenoiser network = ExecutorModels.denoiser(model.id(), model.bytes(), 8);
    denoiser =
        new TiledDenoiser(
            network,
            new InferenceTiles(TILE, network.receptiveRadius(), 8, network.sizeMultiple()),
            8);
  }

  @Test
  void fineTuningStartsFromItAndTrains(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("model.zip");
    Files.write(file, model.bytes());
    Dl4jNetwork tuned = Dl4jNetwork.load(file).forFineTuning(TrainingOptions.of(Loss.MSE, 1));
    SplittableRandom random = new SplittableRandom(5);
    List<ImagePair> pairs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      float[] clean = new float[16 * 16];
      float[] noisy = new float[clean.length];
      for (int p = 0; p < clean.length; p++) {
        clean[p] = p % 7 == 0 ? 0.1f : 0.95f;
        noisy[p] = (float) Math.min(1, Math.max(0, clean[p] + 0.2 * (random.nextDouble() - 0.5)));
      }
      pairs.add(
          new ImagePair(
              Image.of("n" + i, 16, 16, Image.GRAY, noisy),
              Image.of("c" + i, 16, 16, Image.GRAY, clean)));
    }

    double loss = new LocalTrainer(4, 1, 1).train(tuned, pairs).get(0).loss();

    assertThat(loss).isFinite();
  }

  @Test
  void theBuiltInModelIsNamedAndCarriesTheRecordOfTheRunThatTrainedIt() {
    assertThat(model.name()).isEqualTo(BuiltInModel.URI);
    assertThat(model.id()).hasSize(16);
    assertThat(model.training()).hasValueSatisfying(p -> assertThat(p.job()).isEqualTo("train"));
  }

  @Test
  void aGreyNoisyBlankPageComesBackWhiteUpToItsEdges() {
    Image cleaned = denoiser.denoise(page(false));

    float[] s = cleaned.samples();
    double border = 0;
    int n = 0;
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        if (y < 2 || x < 2 || y >= HEIGHT - 2 || x >= WIDTH - 2) {
          border += s[y * WIDTH + x];
          n++;
        }
      }
    }
    assertThat(border / n).as("mean of the two outermost rows and columns").isGreaterThan(0.95);
    assertThat(mean(s, 0, HEIGHT, 0, WIDTH)).as("mean of the page").isGreaterThan(0.95);
  }

  @Test
  void blankPagesAndDarkInkAreNotTakenForFadedInk() throws Exception {
    FadedInk ink = new FadedInk(BuiltInModel.INK_DEPTH);

    assertThat(ink.measure(ImageRows.source(page(false))).none()).isTrue();
    assertThat(ink.measure(ImageRows.source(whitePage(0, false))).none()).isTrue();
    assertThat(ink.measure(ImageRows.source(page(true))).none()).isTrue();
  }

  /**
   * No frame: on a white page with noise the border pixels are as white as the page inside them.
   * (The bar of issue 12, every border pixel within 2/255 of white, is not met: the model leaves up
   * to 9/255 of the noise on a pure white page, inside the page as much as on its border.)
   */
  @Test
  void aNoisyWhitePageHasNoFrame() {
    Image cleaned = denoiser.denoise(whitePage(0, false));

    float[] s = cleaned.samples();
    double border = 0;
    double inside = 0;
    float borderMin = 1;
    float insideMin = 1;
    int borderCount = 0;
    int insideCount = 0;
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        float v = s[y * WIDTH + x];
        if (y == 0 || x == 0 || y == HEIGHT - 1 || x == WIDTH - 1) {
          border += v;
          borderMin = Math.min(borderMin, v);
          borderCount++;
        } else if (y >= 8 && x >= 8 && y < HEIGHT - 8 && x < WIDTH - 8) {
          inside += v;
          insideMin = Math.min(insideMin, v);
          insideCount++;
        }
      }
    }
    assertThat(border / borderCount).as("border mean").isGreaterThan(0.98);
    assertThat(border / borderCount)
        .as("border mean against the inside's")
        .isGreaterThan(inside / insideCount - 1 / 255.0);
    assertThat(borderMin).as("darkest border pixel").isGreaterThan(insideMin - 2 / 255f);
  }

  @Test
  void inkThatTouchesThePageEdgeIsKept() {
    Image cleaned = denoiser.denoise(whitePage(0, true));

    assertThat(mean(cleaned.samples(), 100, 106, 0, 3))
        .as("the bar at the left edge")
        .isLessThan(0.3);
  }

  @Test
  void inkStaysDarkOnTheCleanedPage() {
    Image cleaned = denoiser.denoise(page(true));

    assertThat(mean(cleaned.samples(), 140, 146, 30, 190)).as("the ink bar").isLessThan(0.35);
    assertThat(mean(cleaned.samples(), 60, 120, 30, 190)).as("the paper").isGreaterThan(0.9);
  }

  /** A page of grey paper (0.78 to 0.88 across), Gaussian noise of 8/255, with a bar of ink. */
  private static Image page(boolean ink) {
    SplittableRandom random = new SplittableRandom(7);
    float[] samples = new float[HEIGHT * WIDTH];
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        double paper = 0.78 + 0.10 * x / WIDTH;
        boolean bar = ink && y >= 140 && y < 146 && x >= 30 && x < 190;
        double value = (bar ? 0.15 : paper) + gaussian(random) * 8 / 255.0;
        samples[y * WIDTH + x] = (float) Math.min(1, Math.max(0, value));
      }
    }
    return Image.of("page", HEIGHT, WIDTH, Image.GRAY, samples);
  }

  /** White paper with Gaussian noise of 5/255; with {@code edgeInk} a bar from the left edge. */
  private static Image whitePage(int seed, boolean edgeInk) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] samples = new float[HEIGHT * WIDTH];
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        boolean bar = edgeInk && y >= 100 && y < 106 && x < 80;
        double value = (bar ? 0.1 : 1.0) + gaussian(random) * 5 / 255.0;
        samples[y * WIDTH + x] = (float) Math.min(1, Math.max(0, value));
      }
    }
    return Image.of("white", HEIGHT, WIDTH, Image.GRAY, samples);
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static double mean(float[] s, int y0, int y1, int x0, int x1) {
    double sum = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        sum += s[y * WIDTH + x];
      }
    }
    return sum / ((y1 - y0) * (x1 - x0));
  }
}
