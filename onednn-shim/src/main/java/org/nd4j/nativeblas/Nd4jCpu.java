/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.nd4j.nativeblas;

import io.sparkdenoise.onednn.OneDnn;

/**
 * The class DL4J 1.0.0-M2.1 looks up by name, reflectively, before it uses a oneDNN layer helper
 * ({@code BaseMKLDNNHelper.mklDnnEnabled()}); the native jars of that release moved the real one to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings}, so without this class DL4J always falls back to
 * its slow im2col convolutions. Only the two members DL4J calls exist.
 *
 * <p>It must be on the system class path of every JVM that trains (on Spark: executor
 * extraClassPath, not only {@code spark.jars}): see {@link io.sparkdenoise.onednn}.
 */
public final class Nd4jCpu {
  private Nd4jCpu() {}

  /** The environment view DL4J asks; answers truthfully from the loaded native library. */
  public static final class Environment {
    private static final Environment INSTANCE = new Environment();

    private Environment() {}

    /** The single instance, as DL4J expects. */
    public static Environment getInstance() {
      return INSTANCE;
    }

    /**
     * True only when the loaded ND4J library was built with oneDNN and oneDNN is not switched off
     * at run time; see {@link OneDnn#active()}.
     */
    public boolean isUseMKLDNN() {
      return OneDnn.active();
    }
  }
}
