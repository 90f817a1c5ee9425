/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

/**
 * What one training epoch did.
 *
 * @param epoch the epoch, counted from 1
 * @param loss the training loss, mean per pixel over the epoch's minibatches (each weighed by its
 *     images), measured before each minibatch's update
 * @param imagesPerSecond training images per wall-clock second, batch assembly included
 * @param learningRate Adam's step size in this epoch
 */
public record EpochReport(int epoch, double loss, double imagesPerSecond, double learningRate) {}
