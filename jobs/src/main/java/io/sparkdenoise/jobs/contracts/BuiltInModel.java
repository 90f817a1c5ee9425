/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Objects;

/**
 * The document model that ships inside the jobs jar, used by {@code denoise} and {@code score} when
 * no model is given and named {@value #NAME} wherever a model is expected ({@code --model default},
 * {@code train --init-model default}). A {@code document} preset trained by our own jobs on
 * rendered pages with the {@code scan} model's paper damage (bench/train-default-document-model.sh
 * retrains it from scratch); its training record is {@value #PROVENANCE} and its history {@value
 * #HISTORY}, beside the zip.
 */
public final class BuiltInModel {
  /** The name that selects it. */
  public static final String NAME = "default";

  /** How provenance and messages name it: a URI no file system claims. */
  public static final String URI = "builtin:document-default";

  /** The class-path directory holding the model zip and its provenance. */
  static final String DIRECTORY = "/io/sparkdenoise/models/document-default/";

  /**
   * The resolution the shipped model denoises at: its training pages went from 100 to 300 dpi, so
   * {@code denoise.working-dpi = auto} shrinks pages tagged far above 300 dpi by whole factors.
   */
  public static final double WORKING_DPI = 300;

  /**
   * The ink depth faded pages are raised to before the shipped model sees them ({@code
   * denoise.faded-ink = auto}): it takes the faintest strokes of a page faded as a whole for paper.
   * Chosen by measurement on our held-out pages (BENCHMARKS.md, "Faded ink raised before the
   * network"): the faded ones measure 0.20 to 0.40, the other damage mostly 0.45 and deeper, and
   * raising to 0.6 instead made ordinary pages worse.
   */
  public static final double INK_DEPTH = 0.45;

  /** The training record of the shipped model, the train job's {@code _provenance.json}. */
  public static final String PROVENANCE = "_provenance.json";

  /**
   * The shipped model's training history, epoch by epoch, as CSV: the {@code sql} command's print
   * of its history table.
   */
  public static final String HISTORY = "history.csv";

  private BuiltInModel() {}

  /** Whether {@code reference}, a {@code --model} value, names the built-in model. */
  public static boolean isNamed(String reference) {
    return NAME.equals(reference);
  }

  /** The model zip's bytes. */
  public static byte[] zip() throws IOException {
    return resource(ModelDirectory.MODEL_FILE);
  }

  /** The training record, as the train job wrote it. */
  public static byte[] provenance() throws IOException {
    return resource(PROVENANCE);
  }

  /** The training history, {@value #HISTORY}. */
  public static String history() throws IOException {
    return new String(resource(HISTORY), StandardCharsets.UTF_8);
  }

  /**
   * When the model zip was written into the jar (the jar entry's time), or the epoch when the class
   * path does not tell.
   */
  public static Instant modified() throws IOException {
    URL url = BuiltInModel.class.getResource(DIRECTORY + ModelDirectory.MODEL_FILE);
    if (url == null) {
      return Instant.EPOCH;
    }
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    return Instant.ofEpochMilli(Math.max(0, connection.getLastModified()));
  }

  private static byte[] resource(String file) throws IOException {
    String path = DIRECTORY + file;
    try (InputStream in = BuiltInModel.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new NoSuchFileException(
            URI + " (" + path + " is missing from the class path: a broken build)");
      }
      return Objects.requireNonNull(in.readAllBytes());
    }
  }
}
