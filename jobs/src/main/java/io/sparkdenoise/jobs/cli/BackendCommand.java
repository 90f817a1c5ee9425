/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.core.nativesetup.GpuDevice;
import io.sparkdenoise.core.nativesetup.NativeBackend;
import io.sparkdenoise.core.nativesetup.NativeSetup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-denoise backend}: readies ND4J as every job does ({@link NativeSetup#ensureReady()})
 * and prints the backend in use as one JSON line; with {@code --check-gpus}, first checks this
 * machine's GPUs as the CUDA build does at start-up, from any build (to vet a node before the CUDA
 * jar goes there). A machine the backend cannot run on is one line on stderr and exit code 1.
 */
@Command(
    name = "backend",
    mixinStandardHelpOptions = true,
    description = {
      "Readies the ND4J backend as every job does and prints it (cpu or cuda, native build, oneDNN,",
      "DL4J helpers, GPUs) as one JSON line. Exit code 1, with one line saying why, on a machine",
      "the backend cannot run on: a CPU without the build's instructions; for the CUDA build, no",
      "GPU visible, a driver too old for CUDA 11.6 or a GPU the build holds no code for."
    })
final class BackendCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--check-gpus",
      description = "check the GPUs as the CUDA build does, whichever build this is")
  private boolean checkGpus;

  @Option(
      names = "--nvidia-smi",
      paramLabel = "PROGRAM",
      defaultValue = NativeSetup.NVIDIA_SMI_DEFAULT,
      description = "the nvidia-smi that --check-gpus runs (default: the one on the PATH)")
  private String nvidiaSmi;

  BackendCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    List<GpuDevice> checked = checkGpus ? NativeSetup.checkGpus(nvidiaSmi) : List.of();
    NativeBackend backend = NativeSetup.ensureReady();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("backend", backend.backend());
    result.put("classifier", backend.classifier());
    result.put("onednn", backend.oneDnn());
    result.put("helpers", backend.helpers());
    result.put("gpus", describe(checked.isEmpty() ? backend.gpus() : checked));
    console.result(JsonLine.of(result));
    return 0;
  }

  private static List<String> describe(List<GpuDevice> gpus) {
    return gpus.stream().map(GpuDevice::describe).collect(Collectors.toList());
  }
}
