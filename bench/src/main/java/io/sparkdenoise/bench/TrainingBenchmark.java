/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.bench;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.core.model.LocalTrainer;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.model.TrainingOptions;
import io.sparkdenoise.core.nativesetup.NativeSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Training speed of the {@code seed} preset (BCE, Adam 1e-3) on one minibatch of 256 MNIST-sized
 * (28x28) images per operation: multiply ops/s by 256 for images/s. {@code helpersDisabled=false}
 * is what {@link NativeSetup} sets (oneDNN convolutions); {@code true} is DL4J's default (im2col).
 * Each value runs in its own JVM, since DL4J picks its helpers when a network is built. ND4J uses
 * all cores: compare with the PyTorch peer at the same thread count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
public class TrainingBenchmark {
  private static final long SEED = 20260101L;
  private static final int BATCH = 256;
  private static final int SIZE = 28;

  /** DL4J's {@value NativeSetup#HELPERS_DISABLE_PROPERTY}: false = oneDNN on. */
  @Param({"false", "true"})
  public String helpersDisabled;

  private DoubleSupplier step;

  /** Builds the network under the chosen helper setting and draws one batch from a fixed seed. */
  @Setup
  public void build() {
    System.setProperty(NativeSetup.HELPERS_DISABLE_PROPERTY, helpersDisabled);
    NativeSetup.ensureReady();
    var network = Preset.SEED.build(TrainingOptions.of(Loss.BCE, SEED));
    LocalTrainer trainer = new LocalTrainer(BATCH, 1, SEED);
    List<ImagePair> batch = randomBatch(BATCH, SIZE, SEED);
    step = () -> trainer.train(network, batch).get(0).loss();
  }

  /**
   * {@code n} gray pairs of {@code size} x {@code size} from {@code seed}: clean pixels 1 with
   * probability 0.2, else 0; noisy pixels uniform. Kernels' speed does not depend on the values.
   */
  static List<ImagePair> randomBatch(int n, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ImagePair> batch = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      float[] clean = new float[size * size];
      float[] noisy = new float[size * size];
      for (int j = 0; j < clean.length; j++) {
        clean[j] = random.nextDouble() < 0.2 ? 1f : 0f;
        noisy[j] = (float) random.nextDouble();
      }
      batch.add(
          new ImagePair(
              Image.of("n" + i, size, size, Image.GRAY, noisy),
              Image.of("c" + i, size, size, Image.GRAY, clean)));
    }
    return batch;
  }

  /** One Adam step on 256 images (one epoch of one minibatch). */
  @Benchmark
  public double trainOneBatch() {
    return step.getAsDouble();
  }
}
