/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkdenoise.core.nativesetup.NativeSetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendCommandTest {
  @TempDir Path dir;

  /** An nvidia-smi that prints {@code csv} for any query. */
  private String fakeNvidiaSmi(String csv) throws IOException {
    Path fake = dir.resolve("nvidia-smi");
    Files.writeString(fake, "#!/bin/sh\nprintf '" + csv + "\\n'\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    return fake.toString();
  }

  @Test
  void printsTheCpuBackendEveryJobRunsOn() throws Exception {
    LauncherRun run = LauncherRun.of("backend");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.lastLine());
    assertThat(json.get("backend").asText()).isEqualTo("cpu");
    assertThat(json.get("classifier").asText()).isEqualTo("linux-x86_64-onednn-avx2");
    assertThat(json.get("onednn").asBoolean()).isTrue();
    assertThat(json.get("gpus")).isEmpty();
  }

  @Test
  void listsTheGpusTheCudaBuildWouldUse() throws Exception {
    String smi = fakeNvidiaSmi("0, GPU-5c1a, NVIDIA A10, 8.6, 535.104.05");

    LauncherRun run = LauncherRun.of("backend", "--check-gpus", "--nvidia-smi", smi);

    assertThat(run.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(run.lastLine()).get("gpus").get(0).asText())
        .isEqualTo("GPU 0 (NVIDIA A10, compute capability 8.6)");
  }

  @Test
  void refusesAnH100WithOneLineAndExitCode1() throws Exception {
    String smi = fakeNvidiaSmi("0, GPU-9e2d, NVIDIA H100 80GB HBM3, 9.0, 550.54.15");

    LauncherRun run = LauncherRun.of("backend", "--check-gpus", "--nvidia-smi", smi);

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .startsWith(
            "spark-denoise: GPU 0 (NVIDIA H100 80GB HBM3, compute capability 9.0) cannot run the"
                + " ND4J 1.0.0-M2.1 CUDA 11.6 backend: it holds machine code for sm_37,")
        .endsWith("built without -Pcuda) on this machine");
  }

  @Test
  void refusesAMachineWithoutNvidiaSmiWithOneLineAndExitCode1() {
    LauncherRun run =
        LauncherRun.of(
            "backend", "--check-gpus", "--nvidia-smi", dir.resolve("missing").toString());

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .startsWith("spark-denoise: no GPU visible to the ND4J 1.0.0-M2.1 CUDA 11.6 backend: ");
  }

  @Test
  void findsAMachineRefusalAnywhereInACauseChainAsSparkWrapsAnExecutorsFailure() {
    NativeSetupException refusal = new NativeSetupException("GPU 0 cannot run");
    RuntimeException jobAborted =
        new IllegalStateException(
            "Job aborted due to stage failure", new UncheckedIOException(new IOException(refusal)));

    assertThat(SparkDenoise.causeOfType(jobAborted, NativeSetupException.class))
        .containsSame(refusal);
    assertThat(SparkDenoise.causeOfType(new IllegalStateException(), NativeSetupException.class))
        .isEmpty();
  }
}
