/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import java.util.List;
import java.util.Objects;

/** What a {@link GpuProbe} found: the driver and its devices, or why it could not tell. */
sealed interface GpuProbeResult {
  /**
   * The driver answered.
   *
   * @param driver the driver version
   * @param devices every device it lists, in its order (possibly none)
   */
  record Devices(DriverVersion driver, List<GpuDevice> devices) implements GpuProbeResult {
    /** Copies the list. */
    public Devices {
      Objects.requireNonNull(driver, "driver");
      devices = List.copyOf(devices);
    }
  }

  /**
   * No driver answered: no tool, no driver loaded, no device node.
   *
   * @param reason one line, e.g. {@code nvidia-smi not found on the PATH}
   */
  record Unavailable(String reason) implements GpuProbeResult {
    /** Checks the reason is there. */
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
