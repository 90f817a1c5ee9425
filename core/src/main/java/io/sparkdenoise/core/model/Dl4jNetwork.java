/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.nativesetup.NativeSetup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.transferlearning.FineTuneConfiguration;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;

/**
 * A {@link TrainedNetwork} run by DL4J: a {@link ComputationGraph} with one image input and output,
 * saved as a DL4J model zip (configuration JSON, parameters and the Adam state). Training code (the
 * {@link LocalTrainer} and the train job's engines) reaches the graph through {@link #graph()};
 * nothing else needs it.
 *
 * <p>Thread-safe: forward passes on one instance are serialised (DL4J networks are not
 * thread-safe); training must not run alongside them.
 */
public final class Dl4jNetwork implements TrainedNetwork {
  /** The format tag of DL4J computation-graph zips. */
  public static final String FORMAT = "dl4j-computation-graph";

  private final ComputationGraph graph;

  private Dl4jNetwork(ComputationGraph graph) {
    this.graph = graph;
  }

  /** The network {@code graph}, initialised, after {@link NativeSetup#ensureReady()}. */
  public static Dl4jNetwork of(ComputationGraph graph) {
    NativeSetup.ensureReady();
    return new Dl4jNetwork(graph);
  }

  /**
   * Reads a network written by {@link #save}, with its updater state, after {@link
   * NativeSetup#ensureReady()}.
   *
   * @throws IOException when the file is missing or not a DL4J computation-graph zip
   */
  public static Dl4jNetwork load(Path file) throws IOException {
    NativeSetup.ensureReady();
    return new Dl4jNetwork(ModelSerializer.restoreComputationGraph(file.toFile(), true));
  }

  /**
   * This network's layers and weights, made ready to train on from scratch with {@code options}'
   * Adam learning rate and schedule: the optimiser's state is new and the epoch and iteration
   * counts start at zero, so the schedule runs from its first epoch. The loss, the layers and their
   * dropout stay this network's. How a trained model is fine-tuned on an archive's own pairs.
   */
  public Dl4jNetwork forFineTuning(TrainingOptions options) {
    FineTuneConfiguration tune =
        new FineTuneConfiguration.Builder()
            .updater(new Adam(options.schedule().toDl4j(options.learningRate())))
            .seed(options.seed())
            .build();
    ComputationGraph tuned =
        new TransferLearning.GraphBuilder(graph).fineTuneConfiguration(tune).build();
    tuned.getConfiguration().setEpochCount(0);
    tuned.getConfiguration().setIterationCount(0);
    return new Dl4jNetwork(tuned);
  }

  /**
   * A new network with this one's layers, loss and optimiser state, whose weights lie on the line
   * from this network's to {@code other}'s: {@code (1 - share) * this + share * other}, every
   * parameter (batch-normalisation statistics included). Taken between a fine-tuned network and the
   * model it started from, it keeps part of the start's robustness and most of the tuning's gain
   * (weight-space ensembling, as WiSE-FT does it); neither network changes.
   *
   * @throws IllegalArgumentException when {@code share} is not in [0, 1], or the two networks'
   *     parameters differ in names or shapes (they are not the same architecture)
   */
  public Dl4jNetwork interpolated(Dl4jNetwork other, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(
          "the share of the other network must be in [0, 1], got " + share);
    }
    Map<String, INDArray> mine = graph.paramTable();
    Map<String, INDArray> theirs = other.graph.paramTable();
    if (!mine.keySet().equals(theirs.keySet())
        || mine.entrySet().stream()
            .anyMatch(e -> !Arrays.equals(e.getValue().shape(), theirs.get(e.getKey()).shape()))) {
      throw new IllegalArgumentException(
          "cannot interpolate networks of different architectures: parameters "
              + shapes(mine)
              + " against "
              + shapes(theirs));
    }
    ComputationGraph blended = graph.clone();
    for (Map.Entry<String, INDArray> e : blended.paramTable().entrySet()) {
      INDArray start = mine.get(e.getKey());
      e.getValue().assign(start.mul(1 - share).addi(theirs.get(e.getKey()).mul(share)));
    }
    return new Dl4jNetwork(blended);
  }

  private static String shapes(Map<String, INDArray> params) {
    StringBuilder text = new StringBuilder();
    params.forEach(
        (name, p) ->
            text.append(text.isEmpty() ? "" : ", ")
                .append(name)
                .append(Arrays.toString(p.shape())));
    return text.toString();
  }

  /** What the output layer does to its values: a sigmoid, or nothing (clipped when imaged). */
  public OutputActivation outputActivation() {
    var vertex = graph.getConfiguration().getVertices().get(GraphChain.OUTPUT);
    if (vertex instanceof LayerVertex layer
        && layer.getLayerConf().getLayer() instanceof BaseLayer base
        && base.getActivationFn() instanceof ActivationSigmoid) {
      return OutputActivation.SIGMOID;
    }
    return OutputActivation.LINEAR_CLIP;
  }

  /** The loss the network trains with, read from its output layer. */
  public Loss loss() {
    var vertex = graph.getConfiguration().getVertices().get(GraphChain.OUTPUT);
    if (vertex instanceof LayerVertex layer
        && layer.getLayerConf().getLayer() instanceof CnnLossLayer output) {
      return Loss.ofDl4j(output.getLossFn())
          .orElseThrow(
              () -> new IllegalStateException("unknown loss " + output.getLossFn().name()));
    }
    throw new IllegalStateException("no loss layer named " + GraphChain.OUTPUT);
  }

  /**
   * The layout of the graph's activations: NHWC for networks built now ({@link GraphChain#FORMAT}),
   * NCHW for those saved before.
   */
  public CNN2DFormat dataFormat() {
    return Tensors.format(graph.getConfiguration());
  }

  /** Pairs of one shape as one minibatch in the graph's layout: noisy features, clean labels. */
  public DataSet minibatch(List<ImagePair> pairs) {
    CNN2DFormat layout = dataFormat();
    return new DataSet(
        Tensors.stack(pairs.stream().map(ImagePair::noisy).toList(), layout),
        Tensors.stack(pairs.stream().map(ImagePair::clean).toList(), layout));
  }

  /** The DL4J graph, for training it in place. */
  public ComputationGraph graph() {
    return graph;
  }

  /** An independent copy: parameters, updater state and epoch count. */
  public Dl4jNetwork copy() {
    return new Dl4jNetwork(graph.clone());
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public int sizeMultiple() {
    return Tensors.sizeMultiple(graph);
  }

  @Override
  public int receptiveRadius() {
    return ReceptiveField.radius(graph);
  }

  /** The channels of the graph's input: those of the first layer fed by it. */
  @Override
  public int channels() {
    return GraphSummary.inputChannels(graph.getConfiguration());
  }

  @Override
  public ModelSummary summary(int height, int width) {
    return GraphSummary.of(graph, height, width);
  }

  @Override
  public List<Image> forward(List<Image> batch) {
    Image first = batch.get(0);
    int multiple = sizeMultiple();
    int channels = channels();
    for (Image image : batch) {
      if (image.channels() != channels || !image.sameShape(first)) {
        throw new IllegalArgumentException(
            "a batch holds images of one shape with the network's "
                + channels
                + " channel(s), got "
                + first
                + " and "
                + image);
      }
    }
    if (first.height() % multiple != 0 || first.width() % multiple != 0) {
      throw new IllegalArgumentException(
          "the network needs height and width multiples of " + multiple + ", got " + first);
    }
    CNN2DFormat layout = dataFormat();
    INDArray output;
    synchronized (graph) {
      output = graph.outputSingle(false, Tensors.stack(batch, layout));
    }
    List<Image> out = new ArrayList<>(batch.size());
    for (int k = 0; k < batch.size(); k++) {
      out.add(Tensors.image(output, k, batch.get(k), layout));
    }
    return out;
  }

  @Override
  public void save(Path file) throws IOException {
    ModelSerializer.writeModel(graph, file.toFile(), true);
  }
}
