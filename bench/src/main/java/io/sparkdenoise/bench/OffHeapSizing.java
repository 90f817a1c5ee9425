/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.bench;

import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.model.TrainingOptions;
import io.sparkdenoise.core.nativesetup.NativeSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How much native memory one network needs to infer on and to train on a minibatch, by preset,
 * image size and batch size: the numbers behind {@code org.bytedeco.javacpp.maxbytes} and {@code
 * spark.executor.memoryOverhead} in conf/ (docs/memory.md). ND4J's CPU arrays and workspaces live
 * outside the Java heap, allocated by libnd4j itself (JavaCPP's {@code Pointer.totalBytes()} does
 * not see them), so this reads the process's peak resident memory ({@code VmHWM} in
 * /proc/self/status): after a warm-up, before the network is built (the baseline); after two
 * forward passes (inference); after two training steps (training). Run one case per JVM with the
 * heap committed up front, so that heap growth does not count:
 *
 * <pre>
 * java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp bench/target/benchmarks.jar \
 *     io.sparkdenoise.bench.OffHeapSizing seed 28 64
 * </pre>
 *
 * <p>prints one Markdown table row; {@code bench/offheap-sizing.sh} runs the grid.
 */
public final class OffHeapSizing {
  private static final double MIB = 1024.0 * 1024.0;
  private static final long SEED = 20260101L;
  private static final Path STATUS = Path.of("/proc/self/status");

  private OffHeapSizing() {}

  /** Args: preset id, image side, batch size. Prints one table row. */
  @SuppressWarnings("checkstyle:RegexpSinglelineJava")
  public static void main(String[] args) throws IOException {
    Preset preset = Preset.byId(args[0]);
    int size = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    NativeSetup.ensureReady();
    Nd4j.rand(4, 4).mmul(Nd4j.rand(4, 4)).close();
    long baseline = peakResidentBytes();
    Loss loss = preset == Preset.DNCNN ? Loss.MSE : Loss.BCE;
    ComputationGraph network = preset.build(TrainingOptions.of(loss, SEED)).graph();
    INDArray noisy = Nd4j.rand(DataType.FLOAT, batch, 1, size, size);
    INDArray clean = Nd4j.rand(DataType.FLOAT, batch, 1, size, size);
    for (int i = 0; i < 2; i++) {
      network.outputSingle(noisy).close();
    }
    long inference = peakResidentBytes() - baseline;
    DataSet minibatch = new DataSet(noisy, clean);
    for (int i = 0; i < 2; i++) {
      network.fit(minibatch);
    }
    long training = peakResidentBytes() - baseline;
    double pixels = (double) batch * size * size;
    System.out.println(
        String.format(
            Locale.ROOT,
            "| %s | %dx%d | %d | %.0f | %.0f | %.0f | %.0f |",
            preset.id(),
            size,
            size,
            batch,
            inference / MIB,
            inference / pixels,
            training / MIB,
            training / pixels));
  }

  /** VmHWM: the most resident memory this process has had, in bytes. */
  private static long peakResidentBytes() throws IOException {
    for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IOException("no VmHWM in " + STATUS);
  }
}
