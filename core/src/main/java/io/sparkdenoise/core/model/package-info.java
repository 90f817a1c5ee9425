/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Denoising methods behind one interface, {@link io.sparkdenoise.core.model.Denoiser}, and the DL4J
 * networks: {@link io.sparkdenoise.core.model.Preset presets} configured by {@link
 * io.sparkdenoise.core.model.TrainingOptions}, the single-JVM {@link
 * io.sparkdenoise.core.model.LocalTrainer}, {@link io.sparkdenoise.core.model.ModelDenoiser} for
 * inference and {@link io.sparkdenoise.core.model.ModelFiles} for model zips. This package (with
 * {@code nativesetup}) is the only place in the project that imports DL4J or ND4J.
 */
package io.sparkdenoise.core.model;
