/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a CUDA build of ND4J can run on: the SASS architectures (cubins) and PTX its native library
 * embeds, and the oldest NVIDIA driver its CUDA version works with.
 *
 * <p>CUDA's rules decide: a cubin for compute capability X.y runs on X.z for every z &gt;= y (same
 * major version, equal or newer minor); PTX for X.y is compiled by the driver at load time for any
 * device of X.y or newer. {@link #ND4J_M2_1_CUDA_11_6} holds no PTX, so nothing runs on a GPU newer
 * than its newest cubin's major version.
 *
 * @param name the build, for messages
 * @param cudaVersion the CUDA version it is built against, e.g. {@code 11.6}
 * @param sass the architectures it holds machine code for
 * @param ptx the architectures it holds PTX for
 * @param minimumDriver the oldest Linux driver that runs this CUDA version
 */
record CudaBuild(
    String name,
    String cudaVersion,
    List<ComputeCapability> sass,
    List<ComputeCapability> ptx,
    DriverVersion minimumDriver) {

  /**
   * nd4j-cuda-11.6 1.0.0-M2.1 (linux-x86_64 and -cudnn): SASS for sm_37 to sm_86, no PTX, as listed
   * from its libnd4jcuda.so by bench/scripts/cuda_archs.py (docs/gpu.md). Driver: CUDA 11.x
   * minor-version compatibility starts at 450.80.02 (510.39.01 is 11.6's own); the library embeds
   * no PTX, the one thing that compatibility cannot run.
   */
  static final CudaBuild ND4J_M2_1_CUDA_11_6 =
      new CudaBuild(
          "ND4J 1.0.0-M2.1 CUDA 11.6",
          "11.6",
          List.of(
              cc(3, 7), cc(5, 0), cc(5, 2), cc(6, 0), cc(6, 1), cc(7, 0), cc(7, 5), cc(8, 0),
              cc(8, 6)),
          List.of(),
          new DriverVersion("450.80.02"));

  CudaBuild {
    sass = List.copyOf(sass);
    ptx = List.copyOf(ptx);
  }

  /** True when a device of compute capability {@code device} can run this build. */
  boolean runsOn(ComputeCapability device) {
    return sass.stream().anyMatch(c -> c.major() == device.major() && c.minor() <= device.minor())
        || ptx.stream().anyMatch(c -> c.compareTo(device) <= 0);
  }

  /** What the build holds, e.g. {@code machine code for sm_37, sm_50 and no PTX}. */
  String contents() {
    return "machine code for "
        + sass.stream().map(ComputeCapability::sm).collect(Collectors.joining(", "))
        + (ptx.isEmpty()
            ? " and no PTX"
            : " and PTX for "
                + ptx.stream().map(c -> "compute_" + c.major() + c.minor()).collect(joining()));
  }

  /** The compute capabilities it runs on, e.g. {@code 3.x (x >= 7), 5.x, 6.x}. */
  String runsOnSummary() {
    Map<Integer, Integer> lowestMinor = new TreeMap<>();
    for (ComputeCapability c : sass) {
      lowestMinor.merge(c.major(), c.minor(), Math::min);
    }
    String fromSass =
        lowestMinor.entrySet().stream()
            .map(e -> e.getKey() + ".x" + (e.getValue() == 0 ? "" : " (x >= " + e.getValue() + ")"))
            .collect(joining());
    return ptx.stream()
        .min(ComputeCapability::compareTo)
        .map(p -> fromSass + (fromSass.isEmpty() ? "" : ", ") + p + " and newer")
        .orElse(fromSass);
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }

  private static ComputeCapability cc(int major, int minor) {
    return new ComputeCapability(major, minor);
  }
}
