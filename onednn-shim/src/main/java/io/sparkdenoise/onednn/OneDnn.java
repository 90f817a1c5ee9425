/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.onednn;

import java.lang.reflect.Method;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Whether convolutions can take DL4J's oneDNN path in this JVM: the answer the shim {@code
 * org.nd4j.nativeblas.Nd4jCpu$Environment} gives DL4J, and the one core's {@code NativeSetup}
 * reports. Stateless and thread-safe.
 */
public final class OneDnn {
  /** The CPU library's own environment; its class exists only in the CPU build's jar. */
  private static final String CPU_ENVIRONMENT =
      "org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment";

  private static final String HAVE_ONEDNN = "HAVE_ONEDNN";
  private static final String CPU_BACKEND = "CPU";

  private OneDnn() {}

  /**
   * True when the loaded ND4J library is the CPU one, was built with oneDNN, and oneDNN has not
   * been switched off at run time (e.g. by {@code ND4J_MKL_FALLBACK=true}); false on any other
   * backend. Loads ND4J's backend if nothing has yet.
   */
  public static boolean active() {
    String backend = Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend");
    return CPU_BACKEND.equalsIgnoreCase(backend)
        && Nd4j.getBackend().buildInfo().contains(HAVE_ONEDNN)
        && cpuEnvironmentUsesOneDnn();
  }

  /**
   * The CPU library's switch, read reflectively: this class compiles and runs against either
   * backend.
   */
  private static boolean cpuEnvironmentUsesOneDnn() {
    try {
      Class<?> environment = Class.forName(CPU_ENVIRONMENT);
      Object instance = environment.getMethod("getInstance").invoke(null);
      Method useOneDnn = environment.getMethod("isUseONEDNN");
      return Boolean.TRUE.equals(useOneDnn.invoke(instance));
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
