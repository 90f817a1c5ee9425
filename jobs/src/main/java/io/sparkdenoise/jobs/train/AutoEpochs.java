/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.jobs.config.ConfigReader;

/**
 * How many epochs {@code train.epochs = auto} runs: as many passes over the train split as show the
 * network about {@code images} training images in all, rounded, at least 1 and at most {@code max}.
 * A run's length is then set by the work, not by the size of the set: a fine-tune (whose default
 * this is) takes about the same time on 70 pages as on 100, and a small set gets more passes, up to
 * {@code max}, than a large one.
 *
 * @param images the training images to show the network in all, at least 1
 * @param max the most epochs, at least 1
 */
public record AutoEpochs(int images, int max) {
  /** The training images an auto run shows the network in all. */
  public static final String IMAGES = "train.auto-epochs.images";

  /** The most epochs an auto run takes. */
  public static final String MAX = "train.auto-epochs.max";

  /** Checks both bounds. */
  public AutoEpochs {
    ConfigReader.requireAtLeast(IMAGES, images, 1);
    ConfigReader.requireAtLeast(MAX, max, 1);
  }

  /** The auto-epochs settings in {@code config}. */
  static AutoEpochs from(ConfigReader config) {
    return new AutoEpochs(config.integer(IMAGES), config.integer(MAX));
  }

  /**
   * The epochs for a train split of {@code trainImages} images.
   *
   * @throws IllegalArgumentException when the split is empty
   */
  public int epochsFor(long trainImages) {
    if (trainImages < 1) {
      throw new IllegalArgumentException("no training images to count epochs for");
    }
    long epochs = Math.round((double) images / trainImages);
    return (int) Math.max(1, Math.min(max, epochs));
  }
}
