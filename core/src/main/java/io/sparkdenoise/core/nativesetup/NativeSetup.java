/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point that readies ND4J for our networks; every training and inference path calls
 * {@link #ensureReady()} before it touches ND4J or DL4J.
 *
 * <p>It does three things, once per JVM:
 *
 * <ol>
 *   <li>picks the bundled native build this CPU can run (reading /proc/cpuinfo, before any native
 *       code loads) and fails with one clear line when there is none, instead of ND4J's multi-line
 *       log and {@code System.exit};
 *   <li>switches DL4J's layer helpers on: DL4J 1.0.0-M2.1 creates none unless the system property
 *       {@value #HELPERS_DISABLE_PROPERTY} is {@code false}. A value set by the user (e.g. {@code
 *       true} to measure without oneDNN) is left alone;
 *   <li>initialises ND4J and reports whether oneDNN is in use.
 * </ol>
 *
 * <p>DL4J then asks {@code org.nd4j.nativeblas.Nd4jCpu$Environment.isUseMKLDNN()} before it uses a
 * oneDNN helper; that class is ours (the native jar lacks it) and answers with {@link
 * #oneDnnActive()}. Thread-safe.
 */
public final class NativeSetup {
  /** DL4J's switch for its cuDNN/oneDNN layer helpers; they are off unless it is "false". */
  public static final String HELPERS_DISABLE_PROPERTY =
      "org.eclipse.deeplearning4j.helpers.disable";

  /** JavaCPP's choice among several bundled builds of one library. */
  static final String JAVACPP_EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";

  private static final String JNI_LIBRARY = System.mapLibraryName("jnind4jcpu");
  private static final String HAVE_ONEDNN = "HAVE_ONEDNN";
  private static final String CPU_BACKEND = "CPU";
  private static final Logger LOG = LoggerFactory.getLogger(NativeSetup.class);

  private static NativeBackend ready;

  private NativeSetup() {}

  /**
   * Readies ND4J (idempotent) and describes the backend in use.
   *
   * @throws IllegalStateException when no bundled native build runs on this CPU
   */
  public static synchronized NativeBackend ensureReady() {
    if (ready != null) {
      return ready;
    }
    String platform = Loader.getPlatform();
    List<NativeBuild> bundled = bundledBuilds(platform);
    Optional<CpuFeatures> cpu = CpuFeatures.ofThisMachine(CpuFeatures.CPUINFO);
    NativeBuild build =
        choose(platform, bundled, b -> cpu.map(c -> c.hasAll(b.requiredFlags())).orElse(true));
    if (bundled.size() > 1 && System.getProperty(JAVACPP_EXTENSION_PROPERTY) == null) {
      System.setProperty(JAVACPP_EXTENSION_PROPERTY, build.extension());
    }
    if (System.getProperty(HELPERS_DISABLE_PROPERTY) == null) {
      System.setProperty(HELPERS_DISABLE_PROPERTY, "false");
    }
    boolean helpers = !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE_PROPERTY));
    Nd4j.getBackend();
    ready = new NativeBackend(build.classifier(platform), oneDnnActive(), helpers);
    LOG.info("ND4J ready: {}", ready);
    return ready;
  }

  /**
   * True when the loaded ND4J library was built with oneDNN and oneDNN has not been switched off at
   * run time (e.g. by {@code ND4J_MKL_FALLBACK=true}); false on any other backend.
   */
  public static boolean oneDnnActive() {
    String backend = Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend");
    return CPU_BACKEND.equalsIgnoreCase(backend)
        && Nd4j.getBackend().buildInfo().contains(HAVE_ONEDNN)
        && Nd4jCpu.Environment.getInstance().isUseONEDNN();
  }

  /**
   * The most preferred bundled build that {@code runnable} accepts.
   *
   * @throws IllegalStateException naming what is missing when there is none
   */
  static NativeBuild choose(
      String platform, List<NativeBuild> bundled, Predicate<NativeBuild> runnable) {
    if (bundled.isEmpty()) {
      throw new IllegalStateException(
          "no ND4J native build for "
              + platform
              + " on the class path (nd4j-native-"
              + platform
              + "*.jar)");
    }
    for (NativeBuild b : NativeBuild.PREFERENCE) {
      if (bundled.contains(b) && runnable.test(b)) {
        return b;
      }
    }
    NativeBuild best = bundled.get(0);
    throw new IllegalStateException(
        "this CPU lacks "
            + String.join("/", best.requiredFlags().stream().sorted().collect(Collectors.toList()))
            + ", which the bundled ND4J build "
            + best.classifier(platform)
            + " needs; rebuild with -Dnd4j.classifier="
            + NativeBuild.ONEDNN.classifier(platform)
            + " for this CPU");
  }

  private static List<NativeBuild> bundledBuilds(String platform) {
    ClassLoader loader = NativeSetup.class.getClassLoader();
    List<NativeBuild> found = new ArrayList<>();
    for (NativeBuild b : NativeBuild.PREFERENCE) {
      if (loader.getResource(b.resourceFolder(platform) + JNI_LIBRARY) != null) {
        found.add(b);
      }
    }
    return found;
  }
}
