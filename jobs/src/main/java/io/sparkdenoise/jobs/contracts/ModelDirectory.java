/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.contracts;

import org.apache.hadoop.fs.Path;

/**
 * The layout of a model directory, the train job's output: the network ({@value #MODEL_FILE}), its
 * {@link Table#HISTORY history} table ({@value #HISTORY_DIR}), the training curves ({@value
 * #CURVES_FILE}) and {@code _provenance.json}, committed together. The score and denoise jobs read
 * the network from it; the report reads the history.
 */
public final class ModelDirectory {
  /** The job that writes model directories, as their provenance names it. */
  public static final String WRITER_JOB = "train";

  /** The network, written by core's {@code ModelFiles}. */
  public static final String MODEL_FILE = "model.zip";

  /** The history table's directory. */
  public static final String HISTORY_DIR = "history";

  /** The training curves, a PNG. */
  public static final String CURVES_FILE = "curves.png";

  private ModelDirectory() {}

  /** The network's file in the model directory {@code dir}. */
  public static String model(String dir) {
    return new Path(new Path(dir), MODEL_FILE).toString();
  }

  /** The history table of the model directory {@code dir}. */
  public static String history(String dir) {
    return dir + "/" + HISTORY_DIR;
  }
}
