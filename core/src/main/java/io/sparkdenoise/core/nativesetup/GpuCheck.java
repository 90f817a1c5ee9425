/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides, from what a {@link GpuProbe} found, whether a CUDA build of ND4J can run here, before
 * any CUDA code loads; refuses in one line otherwise: no GPU visible, a driver too old for the
 * build's CUDA version, or a GPU whose compute capability the build holds no code for (an H100,
 * 9.0, for ND4J 1.0.0-M2.1). Every visible GPU must be supported: ND4J spreads work over all of
 * them. Pure; thread-safe.
 */
final class GpuCheck {
  /** CUDA's device filter: comma-separated indexes or UUIDs, read up to the first invalid one. */
  static final String CUDA_VISIBLE_DEVICES = "CUDA_VISIBLE_DEVICES";

  static final String CPU_HINT =
      "use the CPU build (the jobs -bin.jar, built without -Pcuda) on this machine";

  private static final String UUID_PREFIX = "GPU-";

  private GpuCheck() {}

  /**
   * The GPUs the build will use.
   *
   * @param found what the probe found
   * @param build the bundled CUDA build
   * @param visibleDevices the value of {@value #CUDA_VISIBLE_DEVICES}, when set
   * @throws NativeSetupException with one line saying what is wrong and what to do
   */
  static List<GpuDevice> check(
      GpuProbeResult found, CudaBuild build, Optional<String> visibleDevices) {
    String backend = "the " + build.name() + " backend";
    if (found instanceof GpuProbeResult.Unavailable u) {
      throw new NativeSetupException(
          "no GPU visible to " + backend + ": " + u.reason() + "; " + CPU_HINT);
    }
    GpuProbeResult.Devices all = (GpuProbeResult.Devices) found;
    List<GpuDevice> visible = visible(all.devices(), visibleDevices);
    if (visible.isEmpty()) {
      throw new NativeSetupException(
          "no GPU visible to "
              + backend
              + ": "
              + CUDA_VISIBLE_DEVICES
              + "='"
              + visibleDevices.orElse("")
              + "' hides all "
              + all.devices().size()
              + " GPUs; "
              + CPU_HINT);
    }
    if (all.driver().compareTo(build.minimumDriver()) < 0) {
      throw new NativeSetupException(
          "NVIDIA driver "
              + all.driver()
              + " is too old for "
              + backend
              + " (CUDA "
              + build.cudaVersion()
              + "): it needs "
              + build.minimumDriver()
              + " or newer; update the driver or "
              + CPU_HINT);
    }
    List<GpuDevice> unsupported =
        visible.stream()
            .filter(g -> g.computeCapability().map(c -> !build.runsOn(c)).orElse(false))
            .collect(Collectors.toList());
    if (!unsupported.isEmpty()) {
      throw new NativeSetupException(unsupportedMessage(unsupported.get(0), visible, build));
    }
    return visible;
  }

  private static String unsupportedMessage(
      GpuDevice gpu, List<GpuDevice> visible, CudaBuild build) {
    List<String> others =
        visible.stream()
            .filter(g -> g.computeCapability().map(build::runsOn).orElse(true))
            .map(g -> Integer.toString(g.index()))
            .collect(Collectors.toList());
    String instead =
        others.isEmpty()
            ? CPU_HINT
            : "set " + CUDA_VISIBLE_DEVICES + "=" + String.join(",", others) + " or " + CPU_HINT;
    return gpu.describe()
        + " cannot run the "
        + build.name()
        + " backend: it holds "
        + build.contents()
        + ", which runs on compute capability "
        + build.runsOnSummary()
        + " only; "
        + instead;
  }

  /**
   * The devices CUDA would show under {@code filter}: all when unset; else the listed ones in the
   * listed order, up to the first entry that names no device (CUDA ignores the rest).
   */
  static List<GpuDevice> visible(List<GpuDevice> devices, Optional<String> filter) {
    if (filter.isEmpty()) {
      return devices;
    }
    List<GpuDevice> shown = new ArrayList<>();
    for (String entry : filter.get().split(",", -1)) {
      Optional<GpuDevice> match = find(devices, entry.trim());
      if (match.isEmpty() || shown.contains(match.get())) {
        break;
      }
      shown.add(match.get());
    }
    return shown;
  }

  private static Optional<GpuDevice> find(List<GpuDevice> devices, String entry) {
    if (entry.startsWith(UUID_PREFIX)) {
      List<GpuDevice> byUuid =
          devices.stream().filter(g -> g.uuid().startsWith(entry)).collect(Collectors.toList());
      return byUuid.size() == 1 ? Optional.of(byUuid.get(0)) : Optional.empty();
    }
    if (!entry.matches("\\d{1,4}")) {
      return Optional.empty();
    }
    int index = Integer.parseInt(entry);
    return devices.stream().filter(g -> g.index() == index).findFirst();
  }
}
