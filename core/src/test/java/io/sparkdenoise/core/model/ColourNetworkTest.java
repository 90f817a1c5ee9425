/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.image.Image;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * RGB networks: every preset builds with three channels in and out, sees a colour image whole,
 * learns on colour pairs; gray and colour images are shaped to the network they meet.
 */
class ColourNetworkTest {
  private static final int SIZE = 16;
  private static final float[] TINT = {0.9f, 0.55f, 0.2f};

  @Test
  void everyPresetBuildsWithThreeChannelsInAndOut() {
    for (Preset preset : Preset.values()) {
      Dl4jNetwork network = preset.build(TrainingOptions.of(Loss.MSE, 1).withChannels(Image.RGB));
      int size = 4 * network.sizeMultiple();
      Image rgb = SyntheticImages.smoothRgb("x", size, size, 2);

      Image out = network.forward(List.of(rgb)).get(0);

      assertThat(network.channels()).as(preset.id()).isEqualTo(Image.RGB);
      assertThat(network.summary(size, size).inputChannels()).isEqualTo(Image.RGB);
      assertThat(network.summary(size, size).outputChannels()).isEqualTo(Image.RGB);
      assertThat(out.sameShape(rgb)).as(preset.id()).isTrue();
    }
  }

  @Test
  void anNchwTensorKeepsEachChannelInItsOwnPlaneAndComesBackInterleaved() {
    Image rgb = Image.of("p", 1, 2, Image.RGB, new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f});

    INDArray tensor = Tensors.stack(List.of(rgb), CNN2DFormat.NCHW);

    assertThat(tensor.shape()).containsExactly(1, 3, 1, 2);
    assertThat(tensor.getFloat(0, 0, 0, 1)).isEqualTo(0.4f);
    assertThat(tensor.getFloat(0, 2, 0, 0)).isEqualTo(0.3f);
    assertThat(Tensors.image(tensor, 0, rgb, CNN2DFormat.NCHW)).isEqualTo(rgb);
  }

  @Test
  void anNhwcTensorKeepsTheImagesInterleavedSamples() {
    Image rgb = Image.of("p", 1, 2, Image.RGB, new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f});

    INDArray tensor = Tensors.stack(List.of(rgb), CNN2DFormat.NHWC);

    assertThat(tensor.shape()).containsExactly(1, 1, 2, 3);
    assertThat(tensor.getFloat(0, 0, 1, 0)).isEqualTo(0.4f);
    assertThat(tensor.getFloat(0, 0, 0, 2)).isEqualTo(0.3f);
    assertThat(Tensors.image(tensor, 0, rgb, CNN2DFormat.NHWC)).isEqualTo(rgb);
  }

  @Test
  void aPairIsShapedForTheNetworkItTrains() {
    Image rgb = SyntheticImages.smoothRgb("c", 8, 8, 3);
    Image gray = SyntheticImages.smoothGray("g", 8, 8, 4);

    List<ImagePair> planes = new ImagePair(rgb, rgb).forNetwork(Image.GRAY);
    List<ImagePair> repeated = new ImagePair(gray, gray).forNetwork(Image.RGB);

    assertThat(planes).hasSize(3);
    assertThat(planes.get(1).noisy()).isEqualTo(rgb.channel(1));
    assertThat(repeated).hasSize(1);
    assertThat(repeated.get(0).noisy().channel(2)).isEqualTo(gray);
    assertThat(new ImagePair(rgb, rgb).forNetwork(Image.RGB)).hasSize(1);
  }

  @Test
  void anRgbNetworkDenoisesColourImagesWholeAndGrayOnesAsGray() {
    ModelDenoiser denoiser =
        new ModelDenoiser(
            "rgb", Preset.SEED.build(TrainingOptions.of(Loss.BCE, 5).withChannels(Image.RGB)), 4);
    Image rgb = SyntheticImages.smoothRgb("c", 13, 10, 6);
    Image gray = SyntheticImages.smoothGray("g", 13, 10, 7);

    List<Image> out = denoiser.denoiseAll(List.of(rgb, gray));

    assertThat(out.get(0).sameShape(rgb)).isTrue();
    assertThat(out.get(1).sameShape(gray)).isTrue();
    assertThat(out.get(1).id()).isEqualTo("g");
  }

  @Test
  void anRgbNetworkRefusesGrayTrainingPairsNamingTheChannels() {
    Dl4jNetwork network =
        Preset.SEED.build(TrainingOptions.of(Loss.BCE, 1).withChannels(Image.RGB));

    assertThatThrownBy(
            () -> new LocalTrainer(4, 1, 1).trainEpoch(network, Strokes.pairs(4, SIZE, 1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the network takes 3 channel(s), the training images have 1");
    assertThatThrownBy(() -> TrainingOptions.of(Loss.MSE, 1).withChannels(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 (gray) or 3 (RGB) channels, got 2");
  }

  /**
   * DL4J's MSE averages over a pixel's channels and its L1 sums over them: either way the loss
   * reported is per sample, as computed here from the outputs.
   */
  @Test
  void anRgbNetworkReportsItsLossPerSampleForEveryLoss() {
    List<ImagePair> pairs = tinted(Strokes.pairs(16, SIZE, 5));
    for (Loss loss : List.of(Loss.MSE, Loss.L1)) {
      // a step size so small that the network is the same before and after each minibatch
      Dl4jNetwork network =
          Preset.SEED.build(
              new TrainingOptions(loss, 1e-12, LearningRateSchedule.constant(), 0, 3)
                  .withChannels(Image.RGB));
      DataSet batch = network.minibatch(pairs);
      INDArray error =
          network.graph().outputSingle(false, batch.getFeatures()).sub(batch.getLabels());
      double expected =
          loss == Loss.MSE
              ? error.mul(error).meanNumber().doubleValue()
              : Transforms.abs(error).meanNumber().doubleValue();

      double reported = new LocalTrainer(16, 1, 1).train(network, pairs).get(0).loss();

      assertThat(reported).as(loss.id()).isCloseTo(expected, within(1e-5));
    }
  }

  /** As the gray seed network's MSE test: it learns colour strokes, not the mean colour. */
  @Test
  void anRgbSeedNetworkLearnsColourStrokes() {
    List<ImagePair> train = tinted(Strokes.pairs(256, SIZE, 11));
    List<ImagePair> test = tinted(Strokes.pairs(64, SIZE, 12));
    Dl4jNetwork network =
        Preset.SEED.build(TrainingOptions.of(Loss.MSE, 4).withChannels(Image.RGB));

    new LocalTrainer(8, 3, 6).train(network, train);

    double[] ratios = Strokes.againstTheMean(network, test);
    assertThat(ratios[1]).isGreaterThan(0.25);
    assertThat(ratios[0]).isLessThan(0.9);
  }

  /** Gray pairs as colour ones, each image's level scaled by {@link #TINT} per channel. */
  private static List<ImagePair> tinted(List<ImagePair> gray) {
    List<ImagePair> out = new ArrayList<>(gray.size());
    for (ImagePair p : gray) {
      out.add(new ImagePair(tint(p.noisy()), tint(p.clean())));
    }
    return out;
  }

  private static Image tint(Image gray) {
    float[] in = gray.samples();
    float[] rgb = new float[in.length * Image.RGB];
    for (int i = 0; i < in.length; i++) {
      for (int c = 0; c < Image.RGB; c++) {
        rgb[i * Image.RGB + c] = in[i] * TINT[c];
      }
    }
    return Image.of(gray.id(), gray.height(), gray.width(), Image.RGB, rgb);
  }
}
