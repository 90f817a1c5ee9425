/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.fixtures.TrainedLike;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class PresetTest {
  private static final TrainingOptions MSE = TrainingOptions.of(Loss.MSE, 7);

  /** Weights (in x 3 x 3 x out) plus biases (out) of a 3x3 convolution. */
  private static long conv3x3(int in, int out) {
    return (long) in * 9 * out + out;
  }

  @Test
  void seedHasTheParametersOfTheReferenceNetwork() {
    ComputationGraph seed = Preset.SEED.build(TrainingOptions.of(Loss.BCE, 1)).graph();

    // torch_ae.py: Conv 1->32, 32->16, 16->16, 16->32, 32->1, all 3x3 with bias = 12,193
    long expected =
        conv3x3(1, 32) + conv3x3(32, 16) + conv3x3(16, 16) + conv3x3(16, 32) + conv3x3(32, 1);
    assertThat(expected).isEqualTo(12_193);
    assertThat(seed.numParams()).isEqualTo(expected);
  }

  @Test
  void seedIsTheReferenceLayerList() {
    ComputationGraph seed = Preset.SEED.build(TrainingOptions.of(Loss.BCE, 1)).graph();

    assertThat(seed.getConfiguration().getTopologicalOrderStr())
        .containsExactly(
            "input", "conv1", "pool2", "conv3", "pool4", "conv5", "up6", "conv7", "up8", "conv9",
            "output");
    assertThat(seed.getOutputLayer(0).conf().getLayer().toString()).contains("sigmoid");
  }

  @Test
  void regressionLossesGiveALinearOutput() {
    ComputationGraph seed = Preset.SEED.build(MSE).graph();

    assertThat(seed.getOutputLayer(0).conf().getLayer().toString()).contains("identity");
  }

  @ParameterizedTest
  @EnumSource(Preset.class)
  void keepsTheInputSizeForSizesOfItsMultiple(Preset preset) {
    ComputationGraph network = preset.build(MSE).graph();

    for (long[] shape : List.of(new long[] {2, 16, 16, 1}, new long[] {1, 12, 20, 1})) {
      INDArray out = network.outputSingle(false, Nd4j.rand(shape));
      assertThat(out.shape()).containsExactly(shape);
    }
  }

  @Test
  void anUntrainedDncnnIsTheIdentityInGrayAndInColourSinceItsNoiseEstimateStartsAtZero() {
    for (int channels : new int[] {1, 3}) {
      ComputationGraph network = Preset.DNCNN.build(MSE.withChannels(channels)).graph();
      INDArray in = Nd4j.rand(new long[] {2, 16, 16, channels});

      assertThat(network.outputSingle(false, in.dup())).isEqualTo(in);
    }
  }

  @Test
  void anUntrainedDocumentNetworkStartsFromARandomEstimateAsTheBuiltInModelWasTrained() {
    ComputationGraph network = Preset.DOCUMENT.build(MSE).graph();
    INDArray in = Nd4j.rand(new long[] {1, 16, 16, 1});

    assertThat(network.outputSingle(false, in.dup())).isNotEqualTo(in);
  }

  @ParameterizedTest
  @EnumSource(Preset.class)
  void aSavedNetworkTrainsAgainAfterACopyOrAFineTuningCopy(Preset preset, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("model.zip");
    preset.build(MSE).save(file);
    Dl4jNetwork saved = Dl4jNetwork.load(file);
    List<ImagePair> pairs = Strokes.pairs(8, 16, 4);

    for (Dl4jNetwork copy : List.of(saved.copy(), saved.forFineTuning(MSE))) {
      double loss = new LocalTrainer(8, 1, 1).train(copy, pairs).get(0).loss();

      assertThat(loss).as(preset.id()).isFinite();
    }
  }

  @ParameterizedTest
  @EnumSource(Preset.class)
  void trainsItsLossDown(Preset preset) {
    List<EpochReport> reports =
        new LocalTrainer(8, 4, 1).train(preset.build(MSE), Strokes.pairs(32, 16, 21));

    assertThat(reports.get(3).loss()).isLessThan(reports.get(0).loss());
  }

  @Test
  void dncnnTakesAnySizeAndTheOthersMultiplesOfFour() {
    ComputationGraph dncnn = Preset.DNCNN.build(MSE).graph();

    assertThat(dncnn.outputSingle(false, Nd4j.rand(1, 13, 7, 1)).shape())
        .containsExactly(1, 13, 7, 1);
    assertThat(Preset.DNCNN.sizeMultiple()).isEqualTo(1);
    assertThat(Tensors.sizeMultiple(dncnn)).isEqualTo(1);
    assertThat(Preset.TRANSPOSE.build(MSE).sizeMultiple()).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(
      value = Preset.class,
      names = {"DNCNN", "DOCUMENT"})
  void residualPresetsOutputTheInputMinusTheirNoiseEstimate(Preset preset) {
    ComputationGraph network = preset.build(MSE).graph();
    INDArray input = Nd4j.rand(1, 8, 8, 1);

    var activations = network.feedForward(input, false);
    INDArray expected =
        input.sub(
            activations.get(
                network.getConfiguration().getVertexInputs().get(PresetGraphs.RESIDUAL).get(1)));

    assertThat(activations.get(GraphChain.OUTPUT).equalsWithEps(expected, 1e-6)).isTrue();
  }

  @Test
  void transposeBatchNormIsConvBnReluDownAndTransposedConvBnReluUp() {
    ComputationGraph network = Preset.TRANSPOSE_BN.build(MSE).graph();

    assertThat(network.getConfiguration().getTopologicalOrderStr())
        .containsExactly(
            "input",
            "conv1",
            "bn2",
            "relu3",
            "pool4",
            "conv5",
            "bn6",
            "relu7",
            "pool8",
            "conv9",
            "bn10",
            "relu11",
            "deconv12",
            "bn13",
            "relu14",
            "deconv15",
            "bn16",
            "relu17",
            "conv18",
            "output");
  }

  @Test
  void seedBatchNormAddsNormalisationToEveryHiddenConvolution() {
    ComputationGraph seedBn = Preset.SEED_BN.build(MSE).graph();

    long batchNorms =
        seedBn.getConfiguration().getTopologicalOrderStr().stream()
            .filter(n -> n.startsWith("bn"))
            .count();
    assertThat(batchNorms).isEqualTo(4);
  }

  @Test
  void convolutionsRunOnOneDnn() {
    ComputationGraph seed = Preset.SEED.build(MSE).graph();

    assertThat(((ConvolutionLayer) seed.getLayer("conv1")).getHelper())
        .isInstanceOf(MKLDNNConvHelper.class);
  }

  @Test
  void dncnnRefusesBce() {
    assertThatThrownBy(() -> Preset.DNCNN.configure(TrainingOptions.of(Loss.BCE, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preset dncnn cannot train with loss bce, only l1, mse");
  }

  @Test
  void findsPresetsByName() {
    assertThat(Preset.byId("seed-bn")).isEqualTo(Preset.SEED_BN);
    assertThatThrownBy(() -> Preset.byId("unet"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "preset must be one of seed, seed-bn, transpose, transpose-bn, dncnn, document, got unet");
  }

  @Test
  void documentConcatenatesTheEncoderFeaturesAtEachPooledLevel() {
    ComputationGraph document = Preset.DOCUMENT.build(MSE).graph();
    var inputs = document.getConfiguration().getVertexInputs();

    assertThat(inputs).containsKeys(PresetGraphs.SKIP + 0, PresetGraphs.SKIP + 1);
    assertThat(inputs.get(PresetGraphs.SKIP + 1).get(0)).startsWith("up");
    assertThat(inputs.get(PresetGraphs.SKIP + 1).get(1)).startsWith("conv");
    assertThat(Tensors.sizeMultiple(document)).isEqualTo(Preset.DOCUMENT.sizeMultiple());
    assertThat(Preset.DOCUMENT.sizeMultiple()).isEqualTo(4);
  }

  /**
   * The document preset's window is 46 pixels across (a pixel reaches outputs up to 22 away along
   * each axis), dncnn's 21 (10 away): a change 16 pixels off reaches one and not the other.
   */
  @Test
  void documentSeesTwiceAsFarAsDncnn() {
    int offset = 16;
    assertThat(changeAtOffset(Preset.DOCUMENT, offset)).isGreaterThan(0);
    assertThat(changeAtOffset(Preset.DNCNN, offset)).isZero();
    assertThat(changeAtOffset(Preset.DNCNN, 8)).isGreaterThan(0);
  }

  /** How much output pixel (32, 32 + offset) moves when input pixel (32, 32) changes. */
  private static double changeAtOffset(Preset preset, int offset) {
    ComputationGraph network = TrainedLike.withoutZeroWeights(preset.build(MSE), 3).graph();
    INDArray input = Nd4j.rand(new long[] {1, 64, 64, 1}).muli(0.5);
    INDArray changed = input.dup();
    changed.putScalar(new long[] {0, 32, 32, 0}, 1.0);
    INDArray before = network.outputSingle(false, input);
    INDArray after = network.outputSingle(false, changed);
    return Math.abs(
        after.getDouble(0, 32, 32 + offset, 0) - before.getDouble(0, 32, 32 + offset, 0));
  }

  @Test
  void documentRefusesBce() {
    assertThatThrownBy(() -> Preset.DOCUMENT.configure(TrainingOptions.of(Loss.BCE, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preset document cannot train with loss bce, only l1, mse");
  }
}
