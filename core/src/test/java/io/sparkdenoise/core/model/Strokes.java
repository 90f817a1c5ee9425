/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * MNIST-like training pairs from a seed: a few white strokes on a black background (most targets
 * are 0, the condition under which MSE through a sigmoid collapsed), noisy input {@code clip(x +
 * sigma N(0, 1), 0, 1)}.
 */
final class Strokes {
  static final double SIGMA = 0.5;
  private static final int STROKES = 2;

  private Strokes() {}

  static List<ImagePair> pairs(int count, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ImagePair> pairs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Image clean = clean("s" + i, size, random.split());
      float[] noisy = clean.samples().clone();
      for (int j = 0; j < noisy.length; j++) {
        noisy[j] = (float) Math.max(0, Math.min(1, noisy[j] + SIGMA * gaussian(random)));
      }
      pairs.add(new ImagePair(clean.withSamples(noisy), clean));
    }
    return pairs;
  }

  /**
   * How a trained network does on test pairs against the mean predictor: its MSE on their clean
   * images over their variance (the mean predictor's MSE), below 1 when it learned more than the
   * mean; and the spread of its outputs over the clean images' spread, near 0 when it collapsed to
   * a constant.
   */
  static double[] againstTheMean(Dl4jNetwork network, List<ImagePair> test) {
    DataSet batch = network.minibatch(test);
    INDArray clean = batch.getLabels();
    INDArray out = network.graph().outputSingle(false, batch.getFeatures());
    double variance = clean.var(false).getDouble(0);
    return new double[] {
      out.squaredDistance(clean) / clean.length() / variance,
      out.stdNumber().doubleValue() / Math.sqrt(variance)
    };
  }

  private static Image clean(String id, int size, SplittableRandom random) {
    float[] s = new float[size * size];
    for (int k = 0; k < STROKES; k++) {
      double y = random.nextDouble(size);
      double x = random.nextDouble(size);
      double angle = random.nextDouble(Math.PI);
      int length = size / 2 + random.nextInt(size / 3);
      for (int t = 0; t < length; t++) {
        int py = (int) (y + t * Math.sin(angle)) % size;
        int px = (int) (x + t * Math.cos(angle) + size) % size;
        s[py * size + px] = 1f;
        s[py * size + (px + 1) % size] = 1f;
      }
    }
    return Image.of(id, size, size, Image.GRAY, s);
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
