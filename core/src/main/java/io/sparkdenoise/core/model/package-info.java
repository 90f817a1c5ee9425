/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Denoising methods behind one interface, {@link io.sparkdenoise.core.model.Denoiser}, and the
 * trained networks behind another, {@link io.sparkdenoise.core.model.TrainedNetwork}: a batched
 * forward pass, the size multiple and receptive radius tiled inference needs, and a model file
 * ({@link io.sparkdenoise.core.model.ModelFiles} reads one back by its format). {@link
 * io.sparkdenoise.core.model.ModelDenoiser} makes any trained network a denoiser.
 *
 * <p>DL4J is the engine today: {@link io.sparkdenoise.core.model.Dl4jNetwork}, the {@link
 * io.sparkdenoise.core.model.Preset presets} configured by {@link
 * io.sparkdenoise.core.model.TrainingOptions} and the single-JVM {@link
 * io.sparkdenoise.core.model.LocalTrainer}. This package (with {@code nativesetup}) and the jobs'
 * train package are the only ones that import DL4J or ND4J; everything else, scoring and denoising
 * included, sees a {@code TrainedNetwork}. The build checks it (the architecture test in jobs).
 */
package io.sparkdenoise.core.model;
