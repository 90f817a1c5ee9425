/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import java.util.List;
import java.util.Objects;

/**
 * The ND4J backend this JVM runs on, as {@link NativeSetup#ensureReady()} found it; for logs and
 * provenance records.
 *
 * @param backend {@value #CPU}, or {@code cuda-11.6} for the CUDA build
 * @param classifier the native build in use, e.g. {@code linux-x86_64-onednn-avx2} or {@code
 *     linux-x86_64-cudnn}
 * @param oneDnn true when convolutions can take DL4J's oneDNN path (build and run-time switch)
 * @param helpers true when DL4J's layer helpers are allowed ({@value
 *     NativeSetup#HELPERS_DISABLE_PROPERTY} is false)
 * @param gpus the GPUs the CUDA build checked and uses; empty on the CPU (and when the check is
 *     skipped)
 */
public record NativeBackend(
    String backend, String classifier, boolean oneDnn, boolean helpers, List<GpuDevice> gpus) {
  /** The {@link #backend()} of the CPU build. */
  public static final String CPU = "cpu";

  /** Copies the GPU list. */
  public NativeBackend {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(classifier, "classifier");
    gpus = List.copyOf(gpus);
  }

  /** True when convolution layers really run on oneDNN: both the build and the helpers allow it. */
  public boolean fastConvolutions() {
    return oneDnn && helpers;
  }
}
