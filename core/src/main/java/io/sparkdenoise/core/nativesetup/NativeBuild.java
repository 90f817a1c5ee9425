/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import java.util.List;
import java.util.Set;

/**
 * The ND4J CPU builds for x86-64, by the classifier suffix of their {@code nd4j-native} jar, with
 * the CPU flags each needs. Which ones are bundled is decided by the {@code nd4j.classifier} Maven
 * property; {@link NativeSetup} finds them on the class path at run time.
 */
enum NativeBuild {
  /** Generic x86-64, no oneDNN. */
  GENERIC("", Set.of(), false),
  /** AVX2, no oneDNN. */
  AVX2("-avx2", Set.of("avx2", "fma"), false),
  /** AVX-512, no oneDNN. */
  AVX512("-avx512", Set.of("avx512f", "avx512bw", "avx512vl"), false),
  /** Generic x86-64 with oneDNN: the fast convolution path on any x86-64 CPU. */
  ONEDNN("-onednn", Set.of(), true),
  /** AVX2 with oneDNN: what core ships. */
  ONEDNN_AVX2("-onednn-avx2", Set.of("avx2", "fma"), true),
  /** AVX-512 with oneDNN. */
  ONEDNN_AVX512("-onednn-avx512", Set.of("avx512f", "avx512bw", "avx512vl"), true);

  /** The builds from most to least preferred when several are bundled. */
  static final List<NativeBuild> PREFERENCE =
      List.of(ONEDNN_AVX512, ONEDNN_AVX2, ONEDNN, AVX512, AVX2, GENERIC);

  private final String extension;
  private final Set<String> requiredFlags;
  private final boolean oneDnn;

  NativeBuild(String extension, Set<String> requiredFlags, boolean oneDnn) {
    this.extension = extension;
    this.requiredFlags = requiredFlags;
    this.oneDnn = oneDnn;
  }

  /** The JavaCPP platform extension, e.g. {@code -onednn-avx2}; empty for the generic build. */
  public String extension() {
    return extension;
  }

  /** Lower-case /proc/cpuinfo flags the build's machine code needs. */
  public Set<String> requiredFlags() {
    return requiredFlags;
  }

  /** True for builds with oneDNN compiled in. */
  public boolean oneDnn() {
    return oneDnn;
  }

  /** The Maven classifier for a JavaCPP platform, e.g. {@code linux-x86_64-onednn-avx2}. */
  public String classifier(String platform) {
    return platform + extension;
  }

  /** The class-path folder holding this build's native libraries for a platform. */
  String resourceFolder(String platform) {
    return "org/nd4j/linalg/cpu/nativecpu/bindings/" + classifier(platform) + "/";
  }
}
