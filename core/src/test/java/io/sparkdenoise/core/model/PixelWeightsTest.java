/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class PixelWeightsTest {
  private static final TrainingOptions MSE = TrainingOptions.of(Loss.MSE, 7);
  private static final int SIZE = 16;

  @Test
  void inkCountsOnePlusTheWeightTimesItsDarkness() {
    Image target = Image.of("t", 1, 3, Image.GRAY, new float[] {1f, 0.5f, 0f});

    INDArray map = new PixelWeights(3, 0).map(List.of(target));

    assertThat(map.shape()).containsExactly(1, 1, 1, 3);
    assertThat(map.data().asDouble()).containsExactly(1.0, 2.5, 4.0);
  }

  @Test
  void aColourTargetIsWeighedByTheMeanOfItsChannels() {
    Image target = Image.of("t", 1, 1, Image.RGB, new float[] {0f, 0.5f, 1f});

    assertThat(new PixelWeights(2, 0).map(List.of(target)).getDouble(0)).isEqualTo(2.0);
  }

  @Test
  void theEdgeCountsNothingAndTheInsideCountsOne() {
    Image white = Image.of("w", 6, 5, Image.GRAY, filled(30, 1f));

    INDArray map = new PixelWeights(0, 2).map(List.of(white, white));

    assertThat(map.shape()).containsExactly(2, 1, 6, 5);
    for (int n = 0; n < 2; n++) {
      for (int y = 0; y < 6; y++) {
        for (int x = 0; x < 5; x++) {
          boolean inside = y >= 2 && y < 4 && x == 2;
          assertThat(map.getDouble(n, 0, y, x)).as("(%d, %d)", y, x).isEqualTo(inside ? 1 : 0);
        }
      }
    }
  }

  @Test
  void uniformWeightsLeaveTheMinibatchWithoutAMask() {
    List<ImagePair> pairs = Strokes.pairs(2, SIZE, 1);
    Dl4jNetwork network = Preset.SEED.build(MSE);
    DataSet minibatch = network.minibatch(pairs);

    DataSet weighted = PixelWeights.UNIFORM.apply(minibatch, cleans(pairs));

    assertThat(weighted.getLabelsMaskArray()).isNull();
    assertThat(new PixelWeights(1, 0).apply(minibatch, cleans(pairs)).getLabelsMaskArray())
        .isNotNull();
  }

  @Test
  void refusesAnEdgeThatLeavesNoPixelAndNegativeWeights() {
    Image small = Image.of("s", 4, 8, Image.GRAY, filled(32, 1f));

    assertThatThrownBy(() -> new PixelWeights(0, 2).map(List.of(small)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("edge of 2 pixels leaves nothing of a 8x4");
    assertThatThrownBy(() -> new PixelWeights(-1, 0))
        .hasMessageContaining("ink weight must be finite and at least 0, got -1.0");
    assertThatThrownBy(() -> new PixelWeights(0, -1)).hasMessageContaining("got -1");
  }

  /** On black targets every pixel weighs 1 + ink, so the loss is 1 + ink times the plain one. */
  @Test
  void theDocumentNetworkTrainsOnTheWeightedLoss() {
    List<ImagePair> pairs = blackTargets(Strokes.pairs(8, SIZE, 3));
    TrainingOptions frozen =
        new TrainingOptions(Loss.MSE, 1e-12, LearningRateSchedule.constant(), 0, 3);
    Dl4jNetwork network = Preset.DOCUMENT.build(frozen);

    double plain = new LocalTrainer(8, 1, 5).train(network.copy(), pairs).get(0).loss();
    double weighted =
        new LocalTrainer(8, 1, 5, new PixelWeights(2, 0))
            .train(network.copy(), pairs)
            .get(0)
            .loss();

    assertThat(weighted).isCloseTo(3 * plain, within(1e-6 * plain));
  }

  /** What the targets hold at the edge cannot change what the network learns from them. */
  @Test
  void trainingIgnoresTheTargetsEdge() {
    List<ImagePair> pairs = Strokes.pairs(8, SIZE, 4);
    List<ImagePair> otherEdges = withGreyEdges(pairs, 3);
    Dl4jNetwork network = Preset.DOCUMENT.build(MSE);
    PixelWeights edge = new PixelWeights(1, 3);

    Dl4jNetwork a = network.copy();
    new LocalTrainer(4, 2, 5, edge).train(a, pairs);
    Dl4jNetwork b = network.copy();
    new LocalTrainer(4, 2, 5, edge).train(b, otherEdges);
    Dl4jNetwork c = network.copy();
    new LocalTrainer(4, 2, 5).train(c, otherEdges);

    assertThat(b.graph().params()).isEqualTo(a.graph().params());
    assertThat(c.graph().params()).isNotEqualTo(a.graph().params());
  }

  private static List<Image> cleans(List<ImagePair> pairs) {
    return pairs.stream().map(ImagePair::clean).toList();
  }

  private static List<ImagePair> blackTargets(List<ImagePair> pairs) {
    return pairs.stream()
        .map(p -> new ImagePair(p.noisy(), p.clean().withSamples(filled(SIZE * SIZE, 0f))))
        .toList();
  }

  private static List<ImagePair> withGreyEdges(List<ImagePair> pairs, int edge) {
    List<ImagePair> changed = new ArrayList<>();
    for (ImagePair pair : pairs) {
      float[] samples = pair.clean().samples().clone();
      for (int y = 0; y < SIZE; y++) {
        for (int x = 0; x < SIZE; x++) {
          if (Math.min(Math.min(y, x), Math.min(SIZE - 1 - y, SIZE - 1 - x)) < edge) {
            samples[y * SIZE + x] = 0.5f;
          }
        }
      }
      changed.add(new ImagePair(pair.noisy(), pair.clean().withSamples(samples)));
    }
    return changed;
  }

  private static float[] filled(int n, float value) {
    float[] samples = new float[n];
    Arrays.fill(samples, value);
    return samples;
  }
}
