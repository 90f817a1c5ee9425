/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeSetupTest {
  private static final String PLATFORM = "linux-x86_64";
  private static final String CPUINFO =
      "processor\t: 0\nmodel name\t: Test CPU\nflags\t\t: fpu sse2 AVX2 fma\n\n"
          + "processor\t: 1\nflags\t\t: fpu\n";

  @Test
  void readsTheFlagsOfTheFirstProcessorInLowerCase() {
    CpuFeatures cpu = CpuFeatures.parse(CPUINFO);

    assertThat(cpu.hasAll(Set.of("avx2", "fma", "sse2"))).isTrue();
    assertThat(cpu.hasAll(Set.of("avx512f"))).isFalse();
    assertThat(CpuFeatures.parse("processor : 0\n").hasAll(Set.of("avx2"))).isFalse();
  }

  @Test
  void choosesTheMostPreferredBundledBuildTheCpuRuns() {
    List<NativeBuild> bundled = List.of(NativeBuild.ONEDNN, NativeBuild.ONEDNN_AVX2);
    CpuFeatures avx2 = CpuFeatures.parse(CPUINFO);
    CpuFeatures old = CpuFeatures.parse("flags : fpu sse2\n");

    assertThat(NativeSetup.choose(PLATFORM, bundled, b -> avx2.hasAll(b.requiredFlags())))
        .isEqualTo(NativeBuild.ONEDNN_AVX2);
    assertThat(NativeSetup.choose(PLATFORM, bundled, b -> old.hasAll(b.requiredFlags())))
        .isEqualTo(NativeBuild.ONEDNN);
  }

  @Test
  void refusesInOneLineACpuWithoutTheFlagsOfTheOnlyBundledBuild() {
    CpuFeatures old = CpuFeatures.parse("flags : fpu sse2\n");

    assertThatThrownBy(
            () ->
                NativeSetup.choose(
                    PLATFORM, List.of(NativeBuild.ONEDNN_AVX2), b -> old.hasAll(b.requiredFlags())))
        .isInstanceOf(NativeSetupException.class)
        .hasMessage(
            "this CPU lacks avx2/fma, which the bundled ND4J build linux-x86_64-onednn-avx2 needs;"
                + " rebuild with -Dnd4j.classifier=linux-x86_64-onednn for this CPU");
  }

  @Test
  void refusesAnEmptyClassPath() {
    assertThatThrownBy(() -> NativeSetup.choose(PLATFORM, List.of(), b -> true))
        .isInstanceOf(NativeSetupException.class)
        .hasMessage(
            "no ND4J native build for linux-x86_64 on the class path"
                + " (nd4j-native-linux-x86_64*.jar)");
  }

  @Test
  void readiesTheBundledOneDnnBuildWithHelpersOn() {
    NativeBackend backend = NativeSetup.ensureReady();

    assertThat(backend.backend()).isEqualTo(NativeBackend.CPU);
    assertThat(backend.classifier()).isEqualTo("linux-x86_64-onednn-avx2");
    assertThat(backend.gpus()).isEmpty();
    assertThat(backend.oneDnn()).isTrue();
    assertThat(backend.helpers()).isTrue();
    assertThat(backend.fastConvolutions()).isTrue();
    assertThat(NativeSetup.ensureReady()).isSameAs(backend);
  }

  @Test
  void checksGpusForTheCudaBuildWithTheGivenNvidiaSmiFromAnyBuild(@TempDir Path dir)
      throws IOException {
    Path fake = dir.resolve("nvidia-smi");
    Files.writeString(
        fake,
        "#!/bin/sh\necho '0, GPU-5, NVIDIA H100 80GB HBM3, 9.0, 550.54.15'\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThatThrownBy(() -> NativeSetup.checkGpus(fake.toString()))
        .isInstanceOf(NativeSetupException.class)
        .hasMessageStartingWith(
            "GPU 0 (NVIDIA H100 80GB HBM3, compute capability 9.0) cannot run the ND4J"
                + " 1.0.0-M2.1 CUDA 11.6 backend");
  }

  @Test
  void afterItDl4jsOwnOneDnnCheckPasses() {
    NativeBackend backend = NativeSetup.ensureReady();

    assertThat(backend.oneDnn()).isEqualTo(NativeSetup.oneDnnActive()).isTrue();
    assertThat(BaseMKLDNNHelper.mklDnnEnabled()).isTrue();
  }
}
