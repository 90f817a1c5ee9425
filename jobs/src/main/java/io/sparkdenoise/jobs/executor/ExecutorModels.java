/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.core.model.ModelFiles;
import io.sparkdenoise.core.nativesetup.NativeSetup;
import io.sparkdenoise.jobs.contracts.MetricsRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model of the current score or denoise run in this JVM, loaded once per executor (not once per
 * task): the first task of a run that needs it loads the broadcast zip, every later task of the run
 * on this executor reuses it. Only the most recent model is kept, so a long-lived executor (a
 * notebook session scoring model after model) holds one network at a time.
 *
 * <p>All tasks of an executor share the one {@link ModelDenoiser}, whose forward passes are
 * serialised; ND4J's native kernels use the executor's cores within each pass, while the classical
 * baselines and the metrics of other tasks run alongside. Thread-safe.
 */
public final class ExecutorModels {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorModels.class);

  private static String loadedKey;
  private static ModelDenoiser loaded;

  private ExecutorModels() {}

  /**
   * The denoiser of model {@code modelId}, loading it from {@code zip} unless this JVM already
   * holds it with this batch size.
   */
  public static synchronized ModelDenoiser denoiser(String modelId, byte[] zip, int batchSize) {
    String key = modelId + "/" + batchSize;
    if (!key.equals(loadedKey)) {
      NativeSetup.ensureReady();
      loaded = load(modelId, zip, batchSize);
      loadedKey = key;
      LOG.info("loaded model {} ({} bytes) in this JVM", modelId, zip.length);
    }
    return loaded;
  }

  /** ModelFiles reads a local file: the zip goes through a temporary one, deleted at once. */
  private static ModelDenoiser load(String modelId, byte[] zip, int batchSize) {
    Path file = null;
    try {
      file = Files.createTempFile("spark-denoise-model-" + modelId + "-", ".zip");
      Files.write(file, zip);
      return new ModelDenoiser(MetricsRun.MODEL_METHOD, ModelFiles.load(file), batchSize);
    } catch (IOException e) {
      throw new UncheckedIOException("model " + modelId + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(file);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("could not delete the temporary model file {}: {}", file, e.getMessage());
    }
  }
}
