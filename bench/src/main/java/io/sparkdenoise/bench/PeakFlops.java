/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The attainable single-precision peak of the cores this JVM runs on: square matrix products
 * (SGEMM) through ND4J's own BLAS, at sizes where the product is bound by arithmetic, not memory. A
 * convolution in oneDNN or ND4J is at best as fast per FLOP as this, so it is the peak the denoise
 * throughput is compared with ({@link DenoiseThroughput}, {@code PEAK_GFLOPS}). Threads: {@code
 * OMP_NUM_THREADS}, as for every ND4J op.
 *
 * <p>Usage: {@code OMP_NUM_THREADS=1 java -cp bench/target/benchmarks.jar
 * io.sparkdenoise.bench.PeakFlops OUT_FILE [SIZES [REPEATS]]} (default {@code 512,1024,2048} and
 * 5): writes a Markdown table to OUT_FILE, one row per size with the best and the median GFLOP/s of
 * REPEATS products after two warm-ups. Inputs are seeded uniform values.
 */
public final class PeakFlops {
  private static final long SEED = 7;
  private static final int WARM_UPS = 2;
  private static final int REPEATS_DEFAULT = 5;

  private PeakFlops() {}

  /** Prints the table; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int[] sizes =
        Arrays.stream((args.length > 1 ? args[1] : "512,1024,2048").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : REPEATS_DEFAULT;
    Nd4j.getRandom().setSeed(SEED);
    try (PrintWriter table =
        new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      table.println("| n | threads | best GFLOP/s | median GFLOP/s | best ms per product |");
      table.println("|---:|---:|---:|---:|---:|");
      for (int n : sizes) {
        table.println(row(n, repeats));
        table.flush();
      }
    }
  }

  private static String row(int n, int repeats) {
    INDArray a = Nd4j.rand(DataType.FLOAT, n, n);
    INDArray b = Nd4j.rand(DataType.FLOAT, n, n);
    INDArray c = Nd4j.create(DataType.FLOAT, n, n);
    for (int i = 0; i < WARM_UPS; i++) {
      a.mmuli(b, c);
    }
    double[] seconds = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      a.mmuli(b, c);
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    double flop = 2.0 * n * n * n;
    return String.format(
        Locale.ROOT,
        "| %d | %s | %.1f | %.1f | %.1f |",
        n,
        System.getenv().getOrDefault("OMP_NUM_THREADS", "all"),
        flop / seconds[0] / 1e9,
        flop / seconds[repeats / 2] / 1e9,
        seconds[0] * 1e3);
  }
}
