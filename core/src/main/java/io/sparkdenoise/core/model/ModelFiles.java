/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.nativesetup.NativeSetup;
import java.io.IOException;
import java.nio.file.Path;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Saves and loads networks as DL4J model zips (configuration JSON, parameters and the Adam state,
 * so that training can resume). Stateless and thread-safe.
 */
public final class ModelFiles {
  private ModelFiles() {}

  /** Writes the network, with its updater state, to {@code file} (replaced if present). */
  public static void save(ComputationGraph network, Path file) throws IOException {
    ModelSerializer.writeModel(network, file.toFile(), true);
  }

  /**
   * Reads a network written by {@link #save}, with its updater state, after {@link
   * NativeSetup#ensureReady()}.
   *
   * @throws IOException when the file is missing or not a DL4J computation-graph zip
   */
  public static ComputationGraph load(Path file) throws IOException {
    NativeSetup.ensureReady();
    return ModelSerializer.restoreComputationGraph(file.toFile(), true);
  }
}
