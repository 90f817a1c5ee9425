/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

/**
 * Finds this machine's NVIDIA GPUs without loading any CUDA code (so before ND4J loads its
 * kernels). The seam between {@link GpuCheck}'s decisions and the real device: {@link NvidiaSmi} in
 * production, canned results in tests.
 */
interface GpuProbe {
  /** What the probe found; never throws for a machine without GPUs or driver. */
  GpuProbeResult probe();
}
