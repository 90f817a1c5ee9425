/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.fixtures.TrainedLike;
import io.sparkdenoise.core.image.Image;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDenoiserTest {
  private static final TrainingOptions MSE = TrainingOptions.of(Loss.MSE, 9);

  @Test
  void givesTheNetworkOutputClippedToTheUnitRange() {
    // a residual net's linear output leaves [0, 1] once its noise estimate is not zero
    Dl4jNetwork dncnn = TrainedLike.withoutZeroWeights(Preset.DNCNN.build(MSE), 9);
    Image noisy = Strokes.pairs(1, 12, 3).get(0).noisy();
    float[] raw =
        Tensors.plane(
            dncnn.graph().outputSingle(false, Tensors.stack(List.of(noisy), dncnn.dataFormat())),
            0);

    Image out = new ModelDenoiser("dncnn", dncnn, 4).denoise(noisy);

    assertThat(out.id()).isEqualTo(noisy.id());
    assertThat(out.sameShape(noisy)).isTrue();
    boolean leaves = false;
    for (float v : raw) {
      leaves |= v < 0 || v > 1;
    }
    assertThat(leaves).isTrue();
    for (int i = 0; i < raw.length; i++) {
      assertThat(out.samples()[i]).isEqualTo(Math.max(0f, Math.min(1f, raw[i])));
    }
  }

  @Test
  void padsSizesThatAreNotMultiplesOfFourAndCropsBack() {
    Dl4jNetwork seed = Preset.SEED.build(MSE);
    float[] samples = new float[13 * 10];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (i % 11) / 11f;
    }
    Image odd = Image.of("odd", 13, 10, Image.GRAY, samples);
    Image padded = PlaneOps.padEdges(odd, 4);
    float[] raw =
        Tensors.plane(
            seed.graph().outputSingle(false, Tensors.stack(List.of(padded), seed.dataFormat())), 0);

    Image out = new ModelDenoiser("seed", seed, 4).denoise(odd);

    assertThat(out.height()).isEqualTo(13);
    assertThat(out.width()).isEqualTo(10);
    assertThat(out.get(12, 9, 0)).isEqualTo(Math.max(0f, Math.min(1f, raw[12 * 12 + 9])));
  }

  @Test
  void padsByCopyingTheNearestEdgePixel() {
    Image image = Image.of("p", 2, 3, Image.GRAY, new float[] {1, 2, 3, 4, 5, 6});

    Image padded = PlaneOps.padEdges(image, 4);

    assertThat(padded.samples()).containsExactly(1, 2, 3, 3, 4, 5, 6, 6, 4, 5, 6, 6, 4, 5, 6, 6);
    assertThat(PlaneOps.padEdges(padded, 4)).isSameAs(padded);
  }

  @Test
  void batchesGiveWhatSingleImagesGive() {
    ModelDenoiser denoiser = new ModelDenoiser("seed", Preset.SEED.build(MSE), 2);
    List<Image> images =
        List.of(
            Strokes.pairs(1, 16, 5).get(0).noisy(),
            Strokes.pairs(1, 8, 6).get(0).noisy(),
            Strokes.pairs(1, 16, 7).get(0).noisy().withId("third"));

    List<Image> all = denoiser.denoiseAll(images);

    assertThat(all).hasSize(3);
    for (int i = 0; i < images.size(); i++) {
      Image single = denoiser.denoise(images.get(i));
      assertThat(all.get(i).id()).isEqualTo(images.get(i).id());
      assertThat(all.get(i).samples())
          .containsExactly(single.samples(), org.assertj.core.data.Offset.offset(1e-6f));
    }
  }

  @Test
  void denoisesColourOneChannelAtATime() {
    ModelDenoiser denoiser = new ModelDenoiser("seed", Preset.SEED.build(MSE), 8);
    float[] rgb = new float[8 * 8 * 3];
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = (i % 7) / 7f;
    }
    Image colour = Image.of("rgb", 8, 8, Image.RGB, rgb);

    Image out = denoiser.denoise(colour);

    assertThat(out.channels()).isEqualTo(Image.RGB);
    assertThat(out.channel(1).samples())
        .containsExactly(denoiser.denoise(colour.channel(1)).samples());
  }

  @Test
  void refusesBadNamesAndBatchSizes() {
    Dl4jNetwork seed = Preset.SEED.build(MSE);

    assertThatThrownBy(() -> new ModelDenoiser("Seed-1", seed, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be lower-case letters, digits and underscores, got Seed-1");
    assertThatThrownBy(() -> new ModelDenoiser("seed", seed, 0))
        .hasMessage("batch size must be at least 1, got 0");
  }
}
