/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModelSummaryTest {
  private static final TrainingOptions MSE = TrainingOptions.of(Loss.MSE, 3);

  /** Multiply-adds per output pixel of a 3x3 convolution. */
  private static long conv3x3Macs(int in, int out) {
    return 9L * in * out;
  }

  @Test
  void seedHasTheReferenceNetworksTwelveThousandOneHundredNinetyThreeParameters() {
    ModelSummary summary = Preset.SEED.build(MSE).summary(64, 64);

    assertThat(summary.parameters()).isEqualTo(12_193);
    assertThat(summary.layers().stream().mapToLong(ModelSummary.Layer::parameters).sum())
        .isEqualTo(12_193);
    assertThat(summary.inputChannels()).isEqualTo(1);
    assertThat(summary.outputChannels()).isEqualTo(1);
  }

  @Test
  void seedLayersHaveTheirOutputShapesForTheInputSize() {
    ModelSummary summary = Preset.SEED.build(MSE).summary(64, 48);

    assertThat(summary.layers())
        .extracting(ModelSummary.Layer::name, ModelSummary.Layer::shape)
        .containsExactly(
            pair("conv1", "32x64x48"),
            pair("pool2", "32x32x24"),
            pair("conv3", "16x32x24"),
            pair("pool4", "16x16x12"),
            pair("conv5", "16x16x12"),
            pair("up6", "16x32x24"),
            pair("conv7", "32x32x24"),
            pair("up8", "32x64x48"),
            pair("conv9", "1x64x48"),
            pair("output", "1x64x48"));
    assertThat(summary.layers().get(0).kind()).isEqualTo("conv 3x3 relu");
    assertThat(summary.layers().get(1).kind()).isEqualTo("max pool 2x2");
    assertThat(summary.layers().get(0).parameters()).isEqualTo(9 * 32 + 32);
  }

  @Test
  void multiplyAddsPerPixelCountEachConvolutionAtItsResolution() {
    ModelSummary summary = Preset.SEED.build(MSE).summary(64, 64);

    // full resolution: 1->32 and 32->1; a quarter of the pixels: 32->16 and 16->32; a sixteenth:
    // 16->16
    double expected =
        conv3x3Macs(1, 32)
            + conv3x3Macs(32, 16) / 4.0
            + conv3x3Macs(16, 16) / 16.0
            + conv3x3Macs(16, 32) / 4.0
            + conv3x3Macs(32, 1);
    assertThat(expected).isEqualTo(3024.0);
    assertThat(summary.macsPerPixel()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void transposedConvolutionsCountTheirWorkOnTheirInputPixels() {
    ModelSummary summary = Preset.TRANSPOSE.build(MSE).summary(32, 32);

    ModelSummary.Layer first =
        summary.layers().stream().filter(l -> l.name().equals("deconv6")).findFirst().orElseThrow();
    // 16 -> 16 channels from an 8x8 input to a 16x16 output: each input pixel feeds 3x3x16 outputs
    assertThat(first.shape()).isEqualTo("16x16x16");
    assertThat(first.macs()).isEqualTo(8 * 8 * conv3x3Macs(16, 16));
    assertThat(first.kind()).isEqualTo("transposed conv 3x3 stride 2 relu");
  }

  @ParameterizedTest
  @EnumSource(Preset.class)
  void receptiveFieldIsTheWindowAcrossTheReceptiveRadius(Preset preset) {
    Dl4jNetwork network = preset.build(MSE);

    ModelSummary summary = network.summary(64, 64);

    assertThat(summary.receptiveFieldPx()).isEqualTo(2 * network.receptiveRadius() + 1);
    assertThat(summary.parameters()).isEqualTo(network.graph().numParams());
    assertThat(summary.layers().get(summary.layers().size() - 1).shape()).isEqualTo("1x64x64");
  }

  @Test
  void seedsReceptiveFieldIsThirtyNinePixelsAcross() {
    // ReceptiveFieldTest measures the seed's radius bound, 19
    assertThat(Preset.SEED.build(MSE).summary(64, 64).receptiveFieldPx()).isEqualTo(39);
  }

  @Test
  void theDocumentNetworkNamesItsSkipConnectionsAndResidual() {
    List<String> kinds =
        Preset.DOCUMENT.build(MSE).summary(64, 64).layers().stream()
            .map(ModelSummary.Layer::kind)
            .toList();

    assertThat(kinds).contains("concat", "subtract", "loss mse, identity");
  }

  @Test
  void refusesAnEmptyInputSize() {
    Dl4jNetwork seed = Preset.SEED.build(MSE);

    assertThatThrownBy(() -> seed.summary(0, 64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input size must be positive, got 0x64");
  }

  private static org.assertj.core.groups.Tuple pair(String name, String shape) {
    return org.assertj.core.groups.Tuple.tuple(name, shape);
  }
}
