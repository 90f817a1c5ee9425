/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTrainerTest {
  private static final int SIZE = 16;

  @Test
  void reportsTheMeanPerPixelLossOfTheNetworkItTrains() {
    List<ImagePair> pairs = Strokes.pairs(32, SIZE, 1);
    // a step size so small that the network is the same before and after each minibatch
    TrainingOptions frozen =
        new TrainingOptions(Loss.BCE, 1e-12, LearningRateSchedule.constant(), 0, 3);
    Dl4jNetwork network = Preset.SEED.build(frozen);
    double expected = meanBce(network, pairs);

    List<EpochReport> reports = new LocalTrainer(10, 1, 5).train(network, pairs);

    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).loss()).isCloseTo(expected, within(1e-5));
    assertThat(reports.get(0).imagesPerSecond()).isPositive();
  }

  @Test
  void reportsEveryEpochWithItsScheduledRate() {
    TrainingOptions options =
        new TrainingOptions(Loss.BCE, 1e-3, LearningRateSchedule.step(0.5, 1), 0, 3);
    List<EpochReport> seen = new ArrayList<>();

    List<EpochReport> reports =
        new LocalTrainer(8, 3, 5)
            .train(Preset.SEED.build(options), Strokes.pairs(16, SIZE, 2), seen::add);

    assertThat(reports).isEqualTo(seen);
    assertThat(reports).extracting(EpochReport::epoch).containsExactly(1, 2, 3);
    assertThat(reports).extracting(EpochReport::learningRate).containsExactly(1e-3, 5e-4, 2.5e-4);
  }

  /**
   * The MSE collapse regression: with the sigmoid output DL4J and PyTorch both drove every logit
   * far below 0 within an epoch on mostly-black targets and stayed at an all-zero image.
   */
  @Test
  void mseTrainingBeatsTheMeanPredictorWithoutCollapsing() {
    List<ImagePair> train = Strokes.pairs(256, SIZE, 11);
    List<ImagePair> test = Strokes.pairs(64, SIZE, 12);
    Dl4jNetwork network = Preset.SEED.build(TrainingOptions.of(Loss.MSE, 4));

    new LocalTrainer(8, 3, 6).train(network, train);

    double[] ratios = Strokes.againstTheMean(network, test);
    // collapsed: std near 0 and MSE = mean(clean^2) > var(clean); trained: std 0.16, MSE 0.73 var
    assertThat(ratios[1]).isGreaterThan(0.25);
    assertThat(ratios[0]).isLessThan(0.9);
  }

  /**
   * Resuming: a network saved after two epochs (with its Adam state) and trained on for a third
   * ends where three uninterrupted epochs end, and reports the same third-epoch loss.
   */
  @Test
  void epochsTrainedOneByOneAfterASaveAndLoadMatchAnUninterruptedRun(@TempDir Path dir)
      throws Exception {
    List<ImagePair> pairs = Strokes.pairs(24, SIZE, 4);
    TrainingOptions options =
        new TrainingOptions(Loss.BCE, 1e-2, LearningRateSchedule.step(0.5, 1), 0, 9);
    LocalTrainer trainer = new LocalTrainer(8, 3, 2);
    Dl4jNetwork straight = Preset.SEED.build(options);
    List<EpochReport> uninterrupted = trainer.train(straight, pairs);

    Dl4jNetwork first = Preset.SEED.build(options);
    trainer.trainEpoch(first, pairs, 1);
    trainer.trainEpoch(first, pairs, 2);
    first.save(dir.resolve("after-2.zip"));
    Dl4jNetwork resumed = Dl4jNetwork.load(dir.resolve("after-2.zip"));
    EpochReport third = trainer.trainEpoch(resumed, pairs, 3);

    assertThat(third.learningRate()).isEqualTo(uninterrupted.get(2).learningRate());
    assertThat(third.loss()).isCloseTo(uninterrupted.get(2).loss(), within(1e-6));
    assertThat(resumed.graph().params().sub(straight.graph().params()).amaxNumber().doubleValue())
        .isLessThan(1e-5);
    assertThat(resumed.graph().getConfiguration().getEpochCount()).isEqualTo(3);
  }

  @Test
  void shufflesEveryIndexOnceFromTheSeed() {
    int[] a = LocalTrainer.shuffled(10, new SplittableRandom(1));
    int[] b = LocalTrainer.shuffled(10, new SplittableRandom(1));

    assertThat(a).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).isEqualTo(b);
    assertThat(a).isNotEqualTo(LocalTrainer.shuffled(10, new SplittableRandom(2)));
  }

  @Test
  void refusesDataTheNetworkCannotTake() {
    Dl4jNetwork seed = Preset.SEED.build(TrainingOptions.of(Loss.BCE, 1));
    LocalTrainer trainer = new LocalTrainer(4, 1, 1);
    List<ImagePair> mixed = new ArrayList<>(Strokes.pairs(1, SIZE, 1));
    mixed.addAll(Strokes.pairs(1, 8, 1));

    assertThatThrownBy(() -> trainer.train(seed, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no training pairs");
    assertThatThrownBy(() -> trainer.train(seed, Strokes.pairs(1, 10, 1)))
        .hasMessage("training images must have height and width multiples of 4, got 10x10");
    assertThatThrownBy(() -> trainer.train(seed, mixed))
        .hasMessage(
            "training images must share one shape, got Image[s0, 16x16x1] and Image[s0, 8x8x1]");
    assertThatThrownBy(() -> new LocalTrainer(0, 1, 1))
        .hasMessage("batch size must be at least 1, got 0");
    assertThatThrownBy(() -> new LocalTrainer(1, 0, 1))
        .hasMessage("epochs must be at least 1, got 0");
  }

  @Test
  void refusesPairsOfDifferentShapes() {
    Image a = Image.zeros("a", 4, 4, Image.GRAY);
    Image b = Image.zeros("b", 4, 8, Image.GRAY);

    assertThatThrownBy(() -> new ImagePair(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a training pair needs two gray or two RGB images of one shape, got Image[a, 4x4x1] and"
                + " Image[b, 4x8x1]");
  }

  /** Binary cross-entropy, mean over every pixel of every pair, computed here from the outputs. */
  private static double meanBce(Dl4jNetwork network, List<ImagePair> pairs) {
    double sum = 0;
    long n = 0;
    for (ImagePair p : pairs) {
      float[] y =
          Tensors.plane(
              network
                  .graph()
                  .outputSingle(false, Tensors.stack(List.of(p.noisy()), network.dataFormat())),
              0);
      float[] t = p.clean().samples();
      for (int i = 0; i < y.length; i++) {
        sum -= t[i] * Math.log(y[i]) + (1 - t[i]) * Math.log(1 - y[i]);
        n++;
      }
    }
    return sum / n;
  }
}
