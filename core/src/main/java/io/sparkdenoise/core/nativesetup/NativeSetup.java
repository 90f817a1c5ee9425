/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import io.sparkdenoise.onednn.OneDnn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.Loader;
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
 *   <li>on the CPU backend, picks the bundled native build this CPU can run (reading /proc/cpuinfo,
 *       before any native code loads) and fails with one clear line when there is none, instead of
 *       ND4J's multi-line log and {@code System.exit}. On the CUDA backend (the {@code cuda} Maven
 *       profile), asks nvidia-smi for the GPUs, the driver and their compute capabilities before
 *       ND4J loads its kernels, and fails with one clear line when no GPU is visible, the driver is
 *       too old or a GPU is one the build has no code for ({@link CudaBuild}); {@value
 *       #GPU_CHECK_PROPERTY}{@code =false} skips that check, {@value #NVIDIA_SMI_PROPERTY} names
 *       the nvidia-smi to run;
 *   <li>switches DL4J's layer helpers on: DL4J 1.0.0-M2.1 creates none unless the system property
 *       {@value #HELPERS_DISABLE_PROPERTY} is {@code false}. A value set by the user (e.g. {@code
 *       true} to measure without oneDNN) is left alone;
 *   <li>initialises ND4J and reports whether oneDNN is in use.
 * </ol>
 *
 * <p>DL4J then asks {@code org.nd4j.nativeblas.Nd4jCpu$Environment.isUseMKLDNN()} before it uses a
 * oneDNN helper; that class is ours, in the oneDNN shim module (the native jar lacks it), and
 * answers as {@link #oneDnnActive()} does. Thread-safe.
 */
public final class NativeSetup {
  /** DL4J's switch for its cuDNN/oneDNN layer helpers; they are off unless it is "false". */
  public static final String HELPERS_DISABLE_PROPERTY =
      "org.eclipse.deeplearning4j.helpers.disable";

  /** JavaCPP's choice among several bundled builds of one library. */
  static final String JAVACPP_EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";

  /** System property: {@code false} skips the CUDA backend's GPU check; checked by default. */
  public static final String GPU_CHECK_PROPERTY = "spark-denoise.gpu.check";

  /** System property: the nvidia-smi program the GPU check runs (a path, or a name on the PATH). */
  public static final String NVIDIA_SMI_PROPERTY = "spark-denoise.gpu.nvidia-smi";

  /** The nvidia-smi run when {@value #NVIDIA_SMI_PROPERTY} is unset: the one on the PATH. */
  public static final String NVIDIA_SMI_DEFAULT = "nvidia-smi";

  private static final String JNI_LIBRARY = System.mapLibraryName("jnind4jcpu");
  private static final String CUDA_JNI_LIBRARY = System.mapLibraryName("jnind4jcuda");
  private static final String CUDA_BINDINGS = "org/nd4j/linalg/jcublas/bindings/";
  private static final List<String> CUDA_EXTENSIONS = List.of("-cudnn", "");
  private static final Logger LOG = LoggerFactory.getLogger(NativeSetup.class);

  private static NativeBackend ready;

  private NativeSetup() {}

  /**
   * Readies ND4J (idempotent) and describes the backend in use.
   *
   * @throws NativeSetupException when no bundled native build runs on this CPU, or (CUDA backend)
   *     no GPU is visible, the driver is too old or a GPU is not supported
   */
  public static synchronized NativeBackend ensureReady() {
    if (ready != null) {
      return ready;
    }
    String platform = Loader.getPlatform();
    Optional<String> cuda = bundledCuda(platform);
    ready = cuda.isPresent() ? readyCuda(cuda.get()) : readyCpu(platform);
    LOG.info("ND4J ready: {}", ready);
    return ready;
  }

  /**
   * The GPUs the CUDA build would use on this machine, found with {@code nvidiaSmi} and {@value
   * GpuCheck#CUDA_VISIBLE_DEVICES}; what the CUDA backend checks at start-up, callable from any
   * build (e.g. to vet a node before deploying the CUDA jar). Loads no CUDA code.
   *
   * @throws NativeSetupException when no GPU is visible, the driver is too old or a GPU is not
   *     supported
   */
  public static List<GpuDevice> checkGpus(String nvidiaSmi) {
    return GpuCheck.check(
        NvidiaSmi.system(nvidiaSmi).probe(),
        CudaBuild.ND4J_M2_1_CUDA_11_6,
        Optional.ofNullable(System.getenv(GpuCheck.CUDA_VISIBLE_DEVICES)));
  }

  private static NativeBackend readyCpu(String platform) {
    List<NativeBuild> bundled = bundledBuilds(platform);
    Optional<CpuFeatures> cpu = CpuFeatures.ofThisMachine(CpuFeatures.CPUINFO);
    NativeBuild build =
        choose(platform, bundled, b -> cpu.map(c -> c.hasAll(b.requiredFlags())).orElse(true));
    if (bundled.size() > 1 && System.getProperty(JAVACPP_EXTENSION_PROPERTY) == null) {
      System.setProperty(JAVACPP_EXTENSION_PROPERTY, build.extension());
    }
    boolean helpers = enableHelpers();
    Nd4j.getBackend();
    return new NativeBackend(
        NativeBackend.CPU, build.classifier(platform), oneDnnActive(), helpers, List.of());
  }

  private static NativeBackend readyCuda(String classifier) {
    List<GpuDevice> gpus =
        Boolean.parseBoolean(System.getProperty(GPU_CHECK_PROPERTY, "true"))
            ? checkGpus(System.getProperty(NVIDIA_SMI_PROPERTY, NVIDIA_SMI_DEFAULT))
            : List.of();
    boolean helpers = enableHelpers();
    try {
      Nd4j.getBackend();
    } catch (LinkageError | RuntimeException e) {
      throw new NativeSetupException(
          "the ND4J CUDA backend did not load ("
              + rootCause(e)
              + "); ND4J logs the library it missed above: the CUDA build needs libcuda.so.1 (the"
              + " NVIDIA driver), libcublas.so.11, libcusolver.so.11 and libcudnn.so.8 on the"
              + " library path (deploy/docker/Dockerfile.cuda)");
    }
    return new NativeBackend(
        "cuda-" + CudaBuild.ND4J_M2_1_CUDA_11_6.cudaVersion(), classifier, false, helpers, gpus);
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  /** Switches DL4J's layer helpers on unless the user set the property; true when they are on. */
  private static boolean enableHelpers() {
    if (System.getProperty(HELPERS_DISABLE_PROPERTY) == null) {
      System.setProperty(HELPERS_DISABLE_PROPERTY, "false");
    }
    return !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE_PROPERTY));
  }

  /**
   * True when the loaded ND4J library was built with oneDNN and oneDNN has not been switched off at
   * run time (e.g. by {@code ND4J_MKL_FALLBACK=true}); false on any other backend. The oneDNN shim
   * module gives DL4J the same answer.
   */
  public static boolean oneDnnActive() {
    return OneDnn.active();
  }

  /**
   * The most preferred bundled build that {@code runnable} accepts.
   *
   * @throws NativeSetupException naming what is missing when there is none
   */
  static NativeBuild choose(
      String platform, List<NativeBuild> bundled, Predicate<NativeBuild> runnable) {
    if (bundled.isEmpty()) {
      throw new NativeSetupException(
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
    throw new NativeSetupException(
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

  /** The classifier of the bundled CUDA natives (e.g. {@code linux-x86_64-cudnn}), if any. */
  private static Optional<String> bundledCuda(String platform) {
    ClassLoader loader = NativeSetup.class.getClassLoader();
    return CUDA_EXTENSIONS.stream()
        .map(extension -> platform + extension)
        .filter(c -> loader.getResource(CUDA_BINDINGS + c + "/" + CUDA_JNI_LIBRARY) != null)
        .findFirst();
  }
}
