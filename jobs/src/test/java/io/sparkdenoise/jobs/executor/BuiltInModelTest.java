/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.denoise.TiledDenoiser;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.core.plan.InferenceTiles;
import io.sparkdenoise.jobs.contracts.BuiltInModel;
import java.util.SplittableRandom;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
