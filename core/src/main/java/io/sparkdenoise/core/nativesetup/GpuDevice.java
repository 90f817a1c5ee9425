/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import java.util.Objects;
import java.util.Optional;

/**
 * One NVIDIA GPU as the driver lists it.
 *
 * @param index the driver's device index (nvidia-smi's order, which CUDA_VISIBLE_DEVICES indexes)
 * @param uuid the device UUID, e.g. {@code GPU-5c1a...}
 * @param name the product name, e.g. {@code NVIDIA A10}
 * @param computeCapability empty when the driver is too old to report it (before R510)
 */
public record GpuDevice(
    int index, String uuid, String name, Optional<ComputeCapability> computeCapability) {
  /** Validates the fields. */
  public GpuDevice {
    if (index < 0) {
      throw new IllegalArgumentException("a GPU index is >= 0, got " + index);
    }
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(computeCapability, "computeCapability");
  }

  /** {@code GPU 0 (NVIDIA A10, compute capability 8.6)}, for messages and logs. */
  public String describe() {
    return "GPU "
        + index
        + " ("
        + name
        + computeCapability.map(c -> ", compute capability " + c).orElse("")
        + ")";
  }
}
