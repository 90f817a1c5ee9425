/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The measurements behind BENCHMARKS.md, kept out of the tests because speed and memory depend on
 * the machine: JMH benchmarks of the metrics and of training speed ({@link
 * io.sparkdenoise.bench.MetricsBenchmark}, {@link io.sparkdenoise.bench.TrainingBenchmark}), and
 * plain programs that measure one thing and print a Markdown table row: denoising throughput and
 * memory of A4 pages against the tile size ({@link io.sparkdenoise.bench.DenoiseThroughput}),
 * native memory per minibatch for sizing executors ({@link io.sparkdenoise.bench.OffHeapSizing}),
 * the local engine against the PyTorch peer on MNIST ({@link
 * io.sparkdenoise.bench.MnistTrainingRun}), and the figure of the scan model's damage in docs/
 * ({@link io.sparkdenoise.bench.ScanDamageFigure}).
 *
 * <p>The module depends on core only (no Spark): the pipeline and cluster runs are bench/*.sh
 * scripts that drive the launcher. Everything runs from {@code bench/target/benchmarks.jar}; the
 * scripts beside this module give the exact commands.
 */
package io.sparkdenoise.bench;
