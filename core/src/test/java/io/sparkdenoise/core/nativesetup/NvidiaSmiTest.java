/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nvidia-smi's answers as drivers print them (R535, R470, no driver), canned. */
class NvidiaSmiTest {
  private static final String A10_AND_H100 =
      "0, GPU-4f0c6b5e-1b6c-8a8e-1c5c-3c5d8f1e2a11, NVIDIA A10, 8.6, 535.104.05\n"
          + "1, GPU-9e2d7c1a-55aa-4b1e-9d1c-0e6f3a2b4c77, NVIDIA H100 80GB HBM3, 9.0, 535.104.05\n";

  private final List<List<String>> commands = new ArrayList<>();

  private NvidiaSmi answering(NvidiaSmi.Output... outputs) {
    return new NvidiaSmi(
        "nvidia-smi",
        command -> {
          commands.add(command);
          return outputs[commands.size() - 1];
        });
  }

  @Test
  void listsEachGpuWithItsComputeCapabilityAndTheDriver() {
    GpuProbeResult result = answering(new NvidiaSmi.Output(0, A10_AND_H100)).probe();

    assertThat(commands)
        .containsExactly(
            List.of(
                "nvidia-smi",
                "--query-gpu=index,uuid,name,compute_cap,driver_version",
                "--format=csv,noheader"));
    assertThat(result)
        .isEqualTo(
            new GpuProbeResult.Devices(
                new DriverVersion("535.104.05"),
                List.of(
                    new GpuDevice(
                        0,
                        "GPU-4f0c6b5e-1b6c-8a8e-1c5c-3c5d8f1e2a11",
                        "NVIDIA A10",
                        Optional.of(new ComputeCapability(8, 6))),
                    new GpuDevice(
                        1,
                        "GPU-9e2d7c1a-55aa-4b1e-9d1c-0e6f3a2b4c77",
                        "NVIDIA H100 80GB HBM3",
                        Optional.of(new ComputeCapability(9, 0))))));
  }

  @Test
  void keepsCommasInsideAProductName() {
    GpuProbeResult result =
        NvidiaSmi.parse("0, GPU-1, Quadro RTX 6000, Passive, 7.5, 470.82.01\n", true);

    assertThat(((GpuProbeResult.Devices) result).devices().get(0).name())
        .isEqualTo("Quadro RTX 6000, Passive");
  }

  @Test
  void asksAgainWithoutComputeCapabilityWhenTheDriverDoesNotKnowThatField() {
    GpuProbeResult result =
        answering(
                new NvidiaSmi.Output(2, "Field \"compute_cap\" is not a valid field to query.\n"),
                new NvidiaSmi.Output(0, "0, GPU-77, Tesla V100-SXM2-16GB, 470.57.02\n"))
            .probe();

    assertThat(commands.get(1)).contains("--query-gpu=index,uuid,name,driver_version");
    assertThat(result)
        .isEqualTo(
            new GpuProbeResult.Devices(
                new DriverVersion("470.57.02"),
                List.of(new GpuDevice(0, "GPU-77", "Tesla V100-SXM2-16GB", Optional.empty()))));
  }

  @Test
  void readsNotAvailableAsAnUnknownComputeCapability() {
    GpuProbeResult result = NvidiaSmi.parse("0, GPU-1, NVIDIA A10, [N/A], 535.104.05\n", true);

    assertThat(((GpuProbeResult.Devices) result).devices().get(0).computeCapability()).isEmpty();
  }

  @Test
  void saysWhyNoDriverAnswered() {
    assertThat(answering(new NvidiaSmi.Output(6, "No devices were found\n")).probe())
        .isEqualTo(new GpuProbeResult.Unavailable("nvidia-smi lists no GPU"));
    commands.clear();
    assertThat(
            answering(
                    new NvidiaSmi.Output(
                        9,
                        "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA"
                            + " driver. Make sure that the latest NVIDIA driver is installed and"
                            + " running.\n\n"))
                .probe())
        .isEqualTo(
            new GpuProbeResult.Unavailable(
                "nvidia-smi failed (exit 9): NVIDIA-SMI has failed because it couldn't communicate"
                    + " with the NVIDIA driver. Make sure that the latest NVIDIA driver is"
                    + " installed and running."));
    assertThat(NvidiaSmi.parse("garbage\n", true))
        .isEqualTo(new GpuProbeResult.Unavailable("unexpected nvidia-smi output: garbage"));
  }

  @Test
  void runsTheProgramAsAProcess(@TempDir Path dir) throws IOException {
    Path fake = dir.resolve("nvidia-smi");
    Files.writeString(
        fake,
        "#!/bin/sh\n"
            + "[ \"$1\" = \"--query-gpu="
            + NvidiaSmi.FIELDS
            + "\" ] || exit 3\n"
            + "echo '0, GPU-5, NVIDIA H100 80GB HBM3, 9.0, 550.54.15'\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));

    GpuProbeResult result = NvidiaSmi.system(fake.toString()).probe();

    assertThat(result).isInstanceOf(GpuProbeResult.Devices.class);
    assertThat(((GpuProbeResult.Devices) result).devices())
        .extracting(GpuDevice::computeCapability)
        .containsExactly(Optional.of(new ComputeCapability(9, 0)));
  }

  @Test
  void reportsAMissingProgramAsNoDriverVisible(@TempDir Path dir) {
    String missing = dir.resolve("no-such-nvidia-smi").toString();

    GpuProbeResult result = NvidiaSmi.system(missing).probe();

    assertThat(result).isInstanceOf(GpuProbeResult.Unavailable.class);
    assertThat(((GpuProbeResult.Unavailable) result).reason())
        .startsWith(missing + " cannot be run (")
        .endsWith("), so no NVIDIA driver is visible");
  }
}
