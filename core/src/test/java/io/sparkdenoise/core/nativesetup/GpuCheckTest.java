/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GpuCheckTest {
  private static final CudaBuild ND4J = CudaBuild.ND4J_M2_1_CUDA_11_6;
  private static final DriverVersion DRIVER = new DriverVersion("535.104.05");

  private static GpuDevice gpu(int index, String name, String cc) {
    return new GpuDevice(
        index, "GPU-" + index + "a1b2", name, Optional.of(ComputeCapability.parse(cc)));
  }

  private static GpuProbeResult found(GpuDevice... devices) {
    return new GpuProbeResult.Devices(DRIVER, List.of(devices));
  }

  @Test
  void acceptsEveryGpuFromKeplerK80ToAdaByCudasBinaryCompatibilityRule() {
    List<String> supported =
        List.of("3.7", "5.0", "5.2", "5.3", "6.0", "6.1", "6.2", "7.0", "7.2", "7.5", "8.0", "8.6");
    for (String cc : supported) {
      assertThat(ND4J.runsOn(ComputeCapability.parse(cc))).as(cc).isTrue();
    }
    assertThat(ND4J.runsOn(ComputeCapability.parse("8.9"))).as("Ada runs the sm_86 cubin").isTrue();
  }

  @Test
  void refusesGpusWithoutACubinOfTheirMajorVersionOrWithALowerMinor() {
    for (String cc : List.of("3.0", "3.5", "9.0", "10.0", "12.0")) {
      assertThat(ND4J.runsOn(ComputeCapability.parse(cc))).as(cc).isFalse();
    }
  }

  @Test
  void ptxWouldRunOnEveryNewerGpu() {
    CudaBuild withPtx =
        new CudaBuild(
            "a build with PTX",
            "11.6",
            List.of(ComputeCapability.parse("8.0")),
            List.of(ComputeCapability.parse("8.6")),
            DRIVER);

    assertThat(withPtx.runsOn(ComputeCapability.parse("9.0"))).isTrue();
    assertThat(withPtx.runsOn(ComputeCapability.parse("7.5"))).isFalse();
    assertThat(withPtx.runsOnSummary()).isEqualTo("8.x, 8.6 and newer");
  }

  @Test
  void reportsAnH100InOneLineNamingTheDeviceWhatTheBuildHoldsAndWhatToDo() {
    GpuProbeResult h100 = found(gpu(0, "NVIDIA H100 80GB HBM3", "9.0"));

    assertThatThrownBy(() -> GpuCheck.check(h100, ND4J, Optional.empty()))
        .isInstanceOf(NativeSetupException.class)
        .hasMessage(
            "GPU 0 (NVIDIA H100 80GB HBM3, compute capability 9.0) cannot run the ND4J 1.0.0-M2.1"
                + " CUDA 11.6 backend: it holds machine code for sm_37, sm_50, sm_52, sm_60, sm_61,"
                + " sm_70, sm_75, sm_80, sm_86 and no PTX, which runs on compute capability"
                + " 3.x (x >= 7), 5.x, 6.x, 7.x, 8.x only; use the CPU build (the jobs -bin.jar,"
                + " built without -Pcuda) on this machine")
        .message()
        .doesNotContain("\n");
  }

  @Test
  void suggestsTheSupportedGpusWhenAMachineMixesThem() {
    GpuProbeResult mixed =
        found(gpu(0, "NVIDIA A100-SXM4-40GB", "8.0"), gpu(1, "NVIDIA H100 PCIe", "9.0"));

    assertThatThrownBy(() -> GpuCheck.check(mixed, ND4J, Optional.empty()))
        .isInstanceOf(NativeSetupException.class)
        .hasMessageStartingWith("GPU 1 (NVIDIA H100 PCIe, compute capability 9.0) cannot run")
        .hasMessageEndingWith(
            "; set CUDA_VISIBLE_DEVICES=0 or use the CPU build (the jobs -bin.jar, built"
                + " without -Pcuda) on this machine");
    assertThat(GpuCheck.check(mixed, ND4J, Optional.of("0")))
        .extracting(GpuDevice::index)
        .containsExactly(0);
  }

  @Test
  void returnsTheSupportedGpusAndTrustsDevicesWhoseDriverCannotTellTheirCapability() {
    GpuDevice a10 = gpu(0, "NVIDIA A10", "8.6");
    GpuDevice old = new GpuDevice(1, "GPU-1", "Tesla V100-SXM2-16GB", Optional.empty());

    assertThat(GpuCheck.check(found(a10, old), ND4J, Optional.empty())).containsExactly(a10, old);
  }

  @Test
  void refusesADriverOlderThanCuda11sMinorVersionCompatibilityNeeds() {
    GpuProbeResult oldDriver =
        new GpuProbeResult.Devices(
            new DriverVersion("440.33.01"), List.of(gpu(0, "Tesla T4", "7.5")));

    assertThatThrownBy(() -> GpuCheck.check(oldDriver, ND4J, Optional.empty()))
        .isInstanceOf(NativeSetupException.class)
        .hasMessage(
            "NVIDIA driver 440.33.01 is too old for the ND4J 1.0.0-M2.1 CUDA 11.6 backend"
                + " (CUDA 11.6): it needs 450.80.02 or newer; update the driver or use the CPU"
                + " build (the jobs -bin.jar, built without -Pcuda) on this machine");
    assertThat(
            GpuCheck.check(
                new GpuProbeResult.Devices(
                    new DriverVersion("450.80.02"), List.of(gpu(0, "Tesla T4", "7.5"))),
                ND4J,
                Optional.empty()))
        .hasSize(1);
  }

  @Test
  void reportsNoGpuVisibleWhenTheProbeFindsNoDriver() {
    GpuProbeResult none = new GpuProbeResult.Unavailable("nvidia-smi lists no GPU");

    assertThatThrownBy(() -> GpuCheck.check(none, ND4J, Optional.empty()))
        .isInstanceOf(NativeSetupException.class)
        .hasMessage(
            "no GPU visible to the ND4J 1.0.0-M2.1 CUDA 11.6 backend: nvidia-smi lists no GPU;"
                + " use the CPU build (the jobs -bin.jar, built without -Pcuda) on this machine");
  }

  @Test
  void reportsNoGpuVisibleWhenCudaVisibleDevicesHidesThemAll() {
    GpuProbeResult two = found(gpu(0, "NVIDIA A10", "8.6"), gpu(1, "NVIDIA A10", "8.6"));

    assertThatThrownBy(() -> GpuCheck.check(two, ND4J, Optional.of("")))
        .isInstanceOf(NativeSetupException.class)
        .hasMessage(
            "no GPU visible to the ND4J 1.0.0-M2.1 CUDA 11.6 backend: CUDA_VISIBLE_DEVICES=''"
                + " hides all 2 GPUs; use the CPU build (the jobs -bin.jar, built without -Pcuda)"
                + " on this machine");
  }

  @Test
  void filtersDevicesAsCudaDoesByIndexOrUuidPrefixUpToTheFirstInvalidEntry() {
    GpuDevice a = gpu(0, "A", "8.6");
    GpuDevice b = gpu(1, "B", "8.6");
    GpuDevice c = gpu(2, "C", "8.6");
    List<GpuDevice> all = List.of(a, b, c);

    assertThat(GpuCheck.visible(all, Optional.empty())).containsExactly(a, b, c);
    assertThat(GpuCheck.visible(all, Optional.of("2,0"))).containsExactly(c, a);
    assertThat(GpuCheck.visible(all, Optional.of("GPU-1a"))).containsExactly(b);
    assertThat(GpuCheck.visible(all, Optional.of("1,7,0"))).containsExactly(b);
    assertThat(GpuCheck.visible(all, Optional.of("-1"))).isEmpty();
    assertThat(GpuCheck.visible(all, Optional.of("GPU-"))).as("ambiguous prefix").isEmpty();
  }

  @Test
  void comparesDriverVersionsNumericallyPartByPart() {
    assertThat(new DriverVersion("535.104.05")).isGreaterThan(new DriverVersion("535.54.03"));
    assertThat(new DriverVersion("450.80.02")).isLessThan(new DriverVersion("450.102.04"));
    assertThat(new DriverVersion("510")).isLessThan(new DriverVersion("510.39.01"));
    assertThatThrownBy(() -> new DriverVersion("R535"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an NVIDIA driver version: 'R535'");
  }

  @Test
  void parsesComputeCapabilitiesAsNvidiaSmiPrintsThem() {
    assertThat(ComputeCapability.parse(" 8.6 ")).isEqualTo(new ComputeCapability(8, 6));
    assertThat(ComputeCapability.parse("12.0").sm()).isEqualTo("sm_120");
    assertThat(ComputeCapability.parse("9.0")).isGreaterThan(ComputeCapability.parse("8.9"));
    assertThatThrownBy(() -> ComputeCapability.parse("sm_86"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a compute capability (major.minor): 'sm_86'");
  }
}
