/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.bench;

import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.model.TrainingOptions;
import io.sparkdenoise.core.nativesetup.NativeSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.profiler.OpProfiler;
import org.nd4j.linalg.profiler.ProfilerConfig;

/**
 * Where a training step of the {@code seed} network goes, op by op, in the setup of
 * shared/peers/torch_ae.py (BCE, Adam 1e-3, one minibatch of 256 images of 28x28, random pixels:
 * the kernels' speed does not depend on the values): the wall time of a step without profiling,
 * then ND4J's op profiler over as many steps, as milliseconds per step for each op whose calls took
 * over 0.1 ms, written to OUT_FILE as Markdown. bench/torch_op_profile.py prints PyTorch's side.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.sparkdenoise.bench.TrainingOpProfile
 * OUT_FILE [STEPS]} (default 30).
 */
public final class TrainingOpProfile {
  private static final int BATCH = 256;
  private static final int SIZE = 28;
  private static final int WARM_UP = 20;
  private static final long SEED = 20261206L;

  /** A line of ND4J's per-op summary: kind, name, (hash), share and total milliseconds. */
  private static final Pattern OP =
      Pattern.compile("\\w+ (\\S+) \\(-?\\d+\\)\\s+>>>\\s+perc: ([0-9.]+) Time spent: (\\d+) ms");

  private TrainingOpProfile() {}

  /** Profiles and prints a Markdown table; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int steps = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    StringBuilder report = new StringBuilder("backend " + NativeSetup.ensureReady() + "\n");
    Dl4jNetwork network = Preset.SEED.build(TrainingOptions.of(Loss.BCE, SEED));
    DataSet batch = network.minibatch(TrainingBenchmark.randomBatch(BATCH, SIZE, SEED));
    for (int i = 0; i < WARM_UP; i++) {
      network.graph().fit(batch);
    }
    long start = System.nanoTime();
    for (int i = 0; i < steps; i++) {
      network.graph().fit(batch);
    }
    double stepMs = (System.nanoTime() - start) / 1e6 / steps;
    Nd4j.getExecutioner()
        .setProfilingConfig(ProfilerConfig.builder().checkElapsedTime(true).build());
    OpProfiler.getInstance().reset();
    for (int i = 0; i < steps; i++) {
      network.graph().fit(batch);
    }
    report.append(
        String.format(
            Locale.ROOT,
            "step %.1f ms without profiling (%.0f images/s)%n%n| op | ms per step | share |%n"
                + "|---|---:|---:|%n",
            stepMs,
            BATCH * 1000 / stepMs));
    double total = 0;
    Matcher m = OP.matcher(OpProfiler.getInstance().getLongAggergator().asPercentageString());
    while (m.find()) {
      double ms = Double.parseDouble(m.group(3)) / steps;
      total += ms;
      report.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.0f%% |%n",
              m.group(1),
              ms,
              Double.parseDouble(m.group(2))));
    }
    report.append(String.format(Locale.ROOT, "| all ops | %.1f | |%n", total));
    Files.writeString(out, report, StandardCharsets.UTF_8);
  }
}
