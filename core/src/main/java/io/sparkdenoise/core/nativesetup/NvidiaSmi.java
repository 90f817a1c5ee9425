/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@link GpuProbe} of real machines: asks {@code nvidia-smi} (which the NVIDIA driver installs,
 * and the NVIDIA container runtime mounts into containers with the {@code utility} capability) for
 * each GPU's index, UUID, name and compute capability, and the driver version. Drivers before R510
 * cannot report the compute capability; their devices are listed without it. Loads no CUDA code.
 */
final class NvidiaSmi implements GpuProbe {
  /** The query fields, in the order {@link #parse} reads them. */
  static final String FIELDS = "index,uuid,name,compute_cap,driver_version";

  /** The same without compute_cap, for drivers that do not know that field. */
  static final String FIELDS_WITHOUT_CC = "index,uuid,name,driver_version";

  /** nvidia-smi's exit code when the driver lists no device. */
  static final int EXIT_NO_DEVICES = 6;

  static final long TIMEOUT_SECONDS = 30;

  private static final String INVALID_FIELD = "is not a valid field";
  private static final String NOT_AVAILABLE = "[N/A]";

  /** Runs a command; the seam tests fill with canned output. */
  interface Commands {
    /**
     * Runs {@code command} and returns its exit code and output (stdout and stderr together).
     *
     * @throws IOException when the program cannot be started (e.g. not installed)
     */
    Output run(List<String> command) throws IOException;
  }

  /**
   * What a command printed.
   *
   * @param exitCode its exit code
   * @param text stdout and stderr, interleaved
   */
  record Output(int exitCode, String text) {}

  private final String program;
  private final Commands commands;

  NvidiaSmi(String program, Commands commands) {
    this.program = program;
    this.commands = commands;
  }

  /** The probe that runs {@code program} (a name on the PATH or a path) as a process. */
  static NvidiaSmi system(String program) {
    return new NvidiaSmi(program, NvidiaSmi::runProcess);
  }

  @Override
  public GpuProbeResult probe() {
    try {
      Output out = query(FIELDS);
      boolean withCc = true;
      if (out.exitCode() != 0 && out.text().contains(INVALID_FIELD)) {
        out = query(FIELDS_WITHOUT_CC);
        withCc = false;
      }
      if (out.exitCode() == EXIT_NO_DEVICES) {
        return new GpuProbeResult.Unavailable(program + " lists no GPU");
      }
      if (out.exitCode() != 0) {
        return new GpuProbeResult.Unavailable(
            program + " failed (exit " + out.exitCode() + "): " + firstLine(out.text()));
      }
      return parse(out.text(), withCc);
    } catch (IOException e) {
      return new GpuProbeResult.Unavailable(
          program + " cannot be run (" + e.getMessage() + "), so no NVIDIA driver is visible");
    }
  }

  /**
   * Reads {@code nvidia-smi --query-gpu=FIELDS --format=csv,noheader} output: one line per GPU.
   * Names may hold commas: the first two and the last one or two fields are taken from the ends.
   */
  static GpuProbeResult parse(String csv, boolean withComputeCapability) {
    List<GpuDevice> devices = new ArrayList<>();
    String driver = null;
    int tail = withComputeCapability ? 2 : 1;
    for (String line : csv.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length < 3 + tail) {
        return new GpuProbeResult.Unavailable("unexpected nvidia-smi output: " + line.trim());
      }
      String name = String.join(",", List.of(f).subList(2, f.length - tail)).trim();
      Optional<ComputeCapability> cc =
          withComputeCapability ? computeCapability(f[f.length - 2]) : Optional.empty();
      try {
        devices.add(new GpuDevice(Integer.parseInt(f[0].trim()), f[1].trim(), name, cc));
        driver = f[f.length - 1].trim();
      } catch (IllegalArgumentException e) {
        return new GpuProbeResult.Unavailable("unexpected nvidia-smi output: " + line.trim());
      }
    }
    if (devices.isEmpty()) {
      return new GpuProbeResult.Unavailable("nvidia-smi lists no GPU");
    }
    try {
      return new GpuProbeResult.Devices(new DriverVersion(driver), devices);
    } catch (IllegalArgumentException e) {
      return new GpuProbeResult.Unavailable(e.getMessage());
    }
  }

  private Output query(String fields) throws IOException {
    return commands.run(List.of(program, "--query-gpu=" + fields, "--format=csv,noheader"));
  }

  private static Optional<ComputeCapability> computeCapability(String field) {
    String t = field.trim();
    if (t.isEmpty() || t.toUpperCase(Locale.ROOT).equals(NOT_AVAILABLE)) {
      return Optional.empty();
    }
    return Optional.of(ComputeCapability.parse(t));
  }

  private static String firstLine(String text) {
    String t = text.strip();
    int end = t.indexOf('\n');
    return end < 0 ? t : t.substring(0, end).strip();
  }

  private static Output runProcess(List<String> command) throws IOException {
    Path output = Files.createTempFile("nvidia-smi", ".txt");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("no answer in " + TIMEOUT_SECONDS + " s");
      }
      return new Output(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
