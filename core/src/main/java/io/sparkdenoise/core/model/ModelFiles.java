/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads model files back as {@link TrainedNetwork}s, choosing the engine by the file's format:
 * today DL4J computation-graph zips ({@value Dl4jNetwork#FORMAT}, {@link TrainedNetwork#save}). The
 * format is told from the file itself, so model files written before the tag existed load as they
 * did. Every file is checked by {@link ModelArchive} before an engine reads it, and whatever the
 * engine then fails on becomes an {@link InvalidModelException} too: a bad model file is one line
 * of error naming it, never a stack trace. Stateless and thread-safe.
 */
public final class ModelFiles {
  private ModelFiles() {}

  /**
   * The format tag of the model file {@code file}.
   *
   * @throws IOException when it is missing, or not a model file this build reads
   */
  public static String formatOf(Path file) throws IOException {
    return formatOf(file, file.toString());
  }

  /** The format tag of {@code file}, named {@code name} in messages. */
  private static String formatOf(Path file, String name) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(name);
    }
    ModelArchive.verify(file, name);
    return Dl4jNetwork.FORMAT;
  }

  /**
   * The network in {@code file}, as its format's engine reads it.
   *
   * @throws IOException when the file is missing or not a model file this build reads
   */
  public static TrainedNetwork load(Path file) throws IOException {
    return load(file, file.toString());
  }

  /**
   * The network in {@code file}, named {@code name} in messages: the user's path or URI when the
   * file is a local copy of it.
   *
   * @throws NoSuchFileException when the file is missing
   * @throws InvalidModelException when it is not a model file this build reads
   */
  public static TrainedNetwork load(Path file, String name) throws IOException {
    String format = formatOf(file, name);
    try {
      return switch (format) {
        case Dl4jNetwork.FORMAT -> Dl4jNetwork.load(file);
        default ->
            throw new InvalidModelException(name + " is a " + format + " model, no engine runs it");
      };
    } catch (RuntimeException | IOException e) {
      if (e instanceof InvalidModelException invalid) {
        throw invalid;
      }
      throw new InvalidModelException(
          name + " cannot be read as a " + format + " model: " + firstLine(e));
    }
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
