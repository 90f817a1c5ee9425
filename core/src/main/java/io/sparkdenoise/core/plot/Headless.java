/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import java.awt.GraphicsEnvironment;

/**
 * Makes sure AWT runs without a display: the jobs draw on executors and servers that have none.
 * Thread-safe.
 */
public final class Headless {
  /** The system property AWT reads once, when its graphics environment starts. */
  public static final String PROPERTY = "java.awt.headless";

  private Headless() {}

  /**
   * Sets {@value #PROPERTY} to {@code true} unless it is set already, then checks AWT is headless.
   *
   * @throws IllegalStateException when AWT runs with a display (the property was set to false, or
   *     AWT started before the property was set)
   */
  public static synchronized void require() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, "true");
    }
    if (!GraphicsEnvironment.isHeadless()) {
      throw new IllegalStateException(
          "charts are drawn headless: start the JVM with -D"
              + PROPERTY
              + "=true, got "
              + PROPERTY
              + "="
              + System.getProperty(PROPERTY));
    }
  }
}
