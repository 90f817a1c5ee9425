/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.bench;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.ImageMetrics;
import io.sparkdenoise.core.metrics.Ssim;
import io.sparkdenoise.core.metrics.SsimConvention;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of PSNR and both SSIM conventions on one thread, in image pairs per second, for square
 * gray images of uniform random samples: the same workload as the scikit-image peer
 * (shared/peers/metrics_speed.py), so the two can be compared per core. bench/compare-metrics.sh
 * runs both.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MetricsBenchmark {
  private static final long SEED = 20260101L;

  /** Side of the square images in pixels: an MNIST digit and a photo-sized page. */
  @Param({"28", "512"})
  public int size;

  private Image reference;
  private Image test;

  /** Draws the two images from a fixed seed, so every run measures the same pixels. */
  @Setup
  public void drawImages() {
    SplittableRandom random = new SplittableRandom(SEED);
    reference = randomImage("reference", random);
    test = randomImage("test", random);
  }

  private Image randomImage(String id, SplittableRandom random) {
    float[] samples = new float[size * size];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (float) random.nextDouble();
    }
    return Image.of(id, size, size, Image.GRAY, samples);
  }

  /** PSNR with data range 1. */
  @Benchmark
  public double psnr() {
    return ImageMetrics.psnr(reference, test, 1.0);
  }

  /** SSIM, Gaussian 11x11 window, population covariance. */
  @Benchmark
  public double ssimWang() {
    return Ssim.mean(reference, test, SsimConvention.WANG);
  }

  /** SSIM, uniform 7x7 window, sample covariance (scikit-image's default). */
  @Benchmark
  public double ssimSkimage() {
    return Ssim.mean(reference, test, SsimConvention.SKIMAGE);
  }
}
