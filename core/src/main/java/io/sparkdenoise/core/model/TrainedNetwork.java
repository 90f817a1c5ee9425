/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A trained denoising network as the rest of the project sees it, whatever engine runs it: a
 * batched forward pass over gray or RGB images, the facts tiled inference needs, and its file.
 * {@link ModelDenoiser} turns one into a {@link Denoiser}; {@link ModelFiles#load} reads one back
 * from the file {@link #save} writes, choosing the engine by the file's {@link #format()}. DL4J is
 * one engine ({@link Dl4jNetwork}); another (e.g. ONNX Runtime for inference) is one more
 * implementation, and no job changes.
 *
 * <p>Samples are in [0, 1], row-major, interleaved per pixel when there are three channels.
 * Implementations are thread-safe; forward passes on one instance may be serialised.
 */
public interface TrainedNetwork {
  /** The tag of the file format {@link #save} writes, e.g. {@value Dl4jNetwork#FORMAT}. */
  String format();

  /**
   * Height and width of the images {@link #forward} takes must be multiples of this (the pooling
   * factor); tiles of a page must start on multiples of it to see the page's pooling grid.
   */
  int sizeMultiple();

  /**
   * An upper bound of the receptive-field radius in pixels: no output pixel depends on an input
   * pixel farther away (Chebyshev distance), see {@link ReceptiveField}.
   */
  int receptiveRadius();

  /**
   * The network's layers, shapes, parameters, receptive field and work per pixel for inputs of
   * {@code height} x {@code width} pixels; see {@link ModelSummary}.
   *
   * @throws IllegalArgumentException when the size is not positive
   */
  ModelSummary summary(int height, int width);

  /** Channels of the images the network takes and gives: 1 (gray) or 3 (RGB). */
  int channels();

  /**
   * The network's output for each image, in order, as one batch: the images have the network's
   * {@link #channels()}, one shape, and height and width multiples of {@link #sizeMultiple()}; the
   * outputs have that shape and the inputs' ids, unclipped.
   *
   * @throws IllegalArgumentException when the images have other channels, differ in shape or do not
   *     fit the size multiple
   */
  List<Image> forward(List<Image> batch);

  /**
   * Writes the network, with what training needs to continue (e.g. the optimiser's state), to
   * {@code file}, replacing it.
   */
  void save(Path file) throws IOException;
}
