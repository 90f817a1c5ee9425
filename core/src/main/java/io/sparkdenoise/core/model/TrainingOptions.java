/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;

/**
 * How a preset network is set up for training: loss, Adam's initial learning rate and its schedule,
 * dropout, the seed of the weight initialisation (and of dropout masks), the output activation and
 * the image channels the network takes and gives. Immutable.
 *
 * @param loss the per-pixel loss
 * @param learningRate Adam's initial step size, in (0, 1]
 * @param schedule how the rate decays per epoch
 * @param dropout probability of dropping an activation at the input of each hidden convolution (not
 *     the first), in [0, 1); 0 turns dropout off
 * @param seed seed of the weight initialisation
 * @param output the last layer's activation; BCE needs {@link OutputActivation#SIGMOID}
 * @param channels channels of the images in and out: {@link Image#GRAY} (a colour image then goes
 *     through as three gray planes) or {@link Image#RGB} (the network sees the three together)
 */
public record TrainingOptions(
    Loss loss,
    double learningRate,
    LearningRateSchedule schedule,
    double dropout,
    long seed,
    OutputActivation output,
    int channels) {
  /** Adam's learning rate in the reference setup (Keras blog, torch_ae.py). */
  public static final double LEARNING_RATE_DEFAULT = 1e-3;

  /** Checks every field. */
  public TrainingOptions {
    if (loss == null || schedule == null || output == null) {
      throw new IllegalArgumentException(
          "loss, schedule and output must be given, got "
              + loss
              + ", "
              + schedule
              + " and "
              + output);
    }
    if (loss == Loss.BCE && output != OutputActivation.SIGMOID) {
      throw new IllegalArgumentException(
          "loss bce needs the sigmoid output (its outputs are probabilities), got " + output.id());
    }
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw new IllegalArgumentException("learning rate must be in (0, 1], got " + learningRate);
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
    }
    if (channels != Image.GRAY && channels != Image.RGB) {
      throw new IllegalArgumentException(
          "a network takes 1 (gray) or 3 (RGB) channels, got " + channels);
    }
  }

  /** These options for a gray network. */
  public TrainingOptions(
      Loss loss,
      double learningRate,
      LearningRateSchedule schedule,
      double dropout,
      long seed,
      OutputActivation output) {
    this(loss, learningRate, schedule, dropout, seed, output, Image.GRAY);
  }

  /**
   * These options for a gray network, with the loss's usual output ({@link
   * OutputActivation#forLoss}).
   */
  public TrainingOptions(
      Loss loss, double learningRate, LearningRateSchedule schedule, double dropout, long seed) {
    this(loss, learningRate, schedule, dropout, seed, OutputActivation.forLoss(loss));
  }

  /** These options for a network of {@code channels} channels in and out. */
  public TrainingOptions withChannels(int channels) {
    return new TrainingOptions(loss, learningRate, schedule, dropout, seed, output, channels);
  }

  /** The reference setup: the given loss, Adam 1e-3, constant rate, no dropout, usual output. */
  public static TrainingOptions of(Loss loss, long seed) {
    return new TrainingOptions(
        loss, LEARNING_RATE_DEFAULT, LearningRateSchedule.constant(), 0, seed);
  }
}
