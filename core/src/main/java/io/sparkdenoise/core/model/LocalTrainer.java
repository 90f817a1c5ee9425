/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Trains a network in this JVM (the {@code local} engine): minibatches of in-memory pairs, shuffled
 * anew every epoch from a seeded stream, one Adam step per minibatch. The last minibatch of an
 * epoch may be smaller. Deterministic for a given seed, network and data (up to the non-determinism
 * of multi-threaded native kernels).
 *
 * <p>Not thread-safe: one training at a time per instance and per network.
 */
public final class LocalTrainer {
  private static final double NANOS_PER_SECOND = 1e9;

  private final int batchSize;
  private final int epochs;
  private final long shuffleSeed;
  private final PixelWeights weights;

  /**
   * A trainer whose loss counts every pixel the same.
   *
   * @param batchSize images per minibatch, at least 1
   * @param epochs passes over the data, at least 1
   * @param shuffleSeed seed of the per-epoch shuffles
   */
  public LocalTrainer(int batchSize, int epochs, long shuffleSeed) {
    this(batchSize, epochs, shuffleSeed, PixelWeights.UNIFORM);
  }

  /**
   * A trainer whose loss weighs the pixels of each target by {@code weights}.
   *
   * @param batchSize images per minibatch, at least 1
   * @param epochs passes over the data, at least 1
   * @param shuffleSeed seed of the per-epoch shuffles
   * @param weights the per-pixel weights of the loss
   */
  public LocalTrainer(int batchSize, int epochs, long shuffleSeed, PixelWeights weights) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
    }
    this.batchSize = batchSize;
    this.epochs = epochs;
    this.shuffleSeed = shuffleSeed;
    this.weights = weights;
  }

  /** Trains without progress reports; see {@link #train(Dl4jNetwork, List, Consumer)}. */
  public List<EpochReport> train(Dl4jNetwork network, List<ImagePair> pairs) {
    return train(network, pairs, report -> {});
  }

  /**
   * Trains {@code network} in place on {@code pairs} and returns one report per epoch, also handed
   * to {@code onEpoch} as each epoch ends.
   *
   * @throws IllegalArgumentException when there are no pairs, they differ in shape, or their size
   *     is not a multiple of the network's pooling factor
   */
  public List<EpochReport> train(
      Dl4jNetwork network, List<ImagePair> pairs, Consumer<EpochReport> onEpoch) {
    List<EpochReport> reports = new ArrayList<>();
    for (int e = 1; e <= epochs; e++) {
      EpochReport report = trainEpoch(network, pairs, e);
      reports.add(report);
      onEpoch.accept(report);
    }
    return reports;
  }

  /**
   * Trains {@code network} in place for one epoch, the 1-based {@code epoch}, on {@code pairs}, and
   * increments its epoch count (which drives the learning-rate schedule). The epoch's shuffle
   * depends only on the shuffle seed and the epoch number, so epochs run one by one (or resumed
   * after a checkpoint: a network saved after epoch {@code k}, its updater state included,
   * continued with epoch {@code k + 1}) train exactly as {@link #train} does.
   *
   * @throws IllegalArgumentException when there are no pairs, they differ in shape or have other
   *     channels than the network, their size is not a multiple of the network's pooling factor, or
   *     the epoch is below 1
   */
  public EpochReport trainEpoch(Dl4jNetwork trained, List<ImagePair> pairs, int epoch) {
    if (epoch < 1) {
      throw new IllegalArgumentException("epoch must be at least 1, got " + epoch);
    }
    ComputationGraph network = trained.graph();
    checkShapes(pairs, Tensors.sizeMultiple(network), trained.channels());
    Image first = pairs.get(0).clean();
    double pixels = trained.loss().scorePerSample(first.height(), first.width(), first.channels());
    int[] order = shuffled(pairs.size(), epochRandom(epoch));
    double rate = currentRate(network);
    long start = System.nanoTime();
    double lossSum = 0;
    for (int from = 0; from < order.length; from += batchSize) {
      int to = Math.min(order.length, from + batchSize);
      List<ImagePair> batch = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        batch.add(pairs.get(order[i]));
      }
      network.fit(
          weights.apply(trained.minibatch(batch), batch.stream().map(ImagePair::clean).toList()));
      lossSum += network.score() * (to - from);
    }
    double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
    network.incrementEpochCount();
    return new EpochReport(epoch, lossSum / order.length / pixels, order.length / seconds, rate);
  }

  /** The shuffle stream of a 1-based epoch: the epoch-th split of the seed's root stream. */
  private SplittableRandom epochRandom(int epoch) {
    SplittableRandom root = new SplittableRandom(shuffleSeed);
    SplittableRandom random = root.split();
    for (int e = 2; e <= epoch; e++) {
      random = root.split();
    }
    return random;
  }

  /** The step size of the first layer with parameters (all share one schedule). */
  private static double currentRate(ComputationGraph network) {
    for (Layer layer : network.getLayers()) {
      Double rate = network.getLearningRate(layer.conf().getLayer().getLayerName());
      if (layer.numParams() > 0 && rate != null) {
        return rate;
      }
    }
    return Double.NaN;
  }

  static int[] shuffled(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static void checkShapes(List<ImagePair> pairs, int multiple, int channels) {
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("no training pairs");
    }
    Image first = pairs.get(0).clean();
    if (first.channels() != channels) {
      throw new IllegalArgumentException(
          "the network takes "
              + channels
              + " channel(s), the training images have "
              + first.channels()
              + " (ImagePair.forNetwork shapes them)");
    }
    if (first.height() % multiple != 0 || first.width() % multiple != 0) {
      throw new IllegalArgumentException(
          "training images must have height and width multiples of "
              + multiple
              + ", got "
              + first.height()
              + "x"
              + first.width());
    }
    for (ImagePair p : pairs) {
      if (!p.clean().sameShape(first)) {
        throw new IllegalArgumentException(
            "training images must share one shape, got " + first + " and " + p.clean());
      }
    }
  }
}
