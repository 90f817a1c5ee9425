/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * Reads model files back as {@link TrainedNetwork}s, choosing the engine by the file's format:
 * today DL4J computation-graph zips ({@value Dl4jNetwork#FORMAT}, {@link TrainedNetwork#save}). The
 * format is told from the file itself, so model files written before the tag existed load as they
 * did. Stateless and thread-safe.
 */
public final class ModelFiles {
  /** The entries every DL4J model zip holds. */
  private static final String DL4J_CONFIGURATION = "configuration.json";

  private static final String DL4J_COEFFICIENTS = "coefficients.bin";

  private ModelFiles() {}

  /**
   * The format tag of the model file {@code file}.
   *
   * @throws IOException when it is missing, not a zip, or of no format this build reads
   */
  public static String formatOf(Path file) throws IOException {
    if (!file.toFile().isFile()) {
      throw new NoSuchFileException(file.toString());
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.getEntry(DL4J_CONFIGURATION) != null && zip.getEntry(DL4J_COEFFICIENTS) != null) {
        return Dl4jNetwork.FORMAT;
      }
    }
    throw new IOException(
        file + " is not a model file this build reads (" + Dl4jNetwork.FORMAT + " zips)");
  }

  /**
   * The network in {@code file}, as its format's engine reads it.
   *
   * @throws IOException when the file is missing or not a model file this build reads
   */
  public static TrainedNetwork load(Path file) throws IOException {
    String format = formatOf(file);
    return switch (format) {
      case Dl4jNetwork.FORMAT -> Dl4jNetwork.load(file);
      default -> throw new IOException(file + " is a " + format + " model, no engine runs it");
    };
  }
}
