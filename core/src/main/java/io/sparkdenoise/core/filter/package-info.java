/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Classical denoisers behind {@link io.sparkdenoise.core.model.Denoiser} (identity, Gaussian,
 * median) and the separable correlation kernel they share with the SSIM metric. Boundaries follow
 * scipy.ndimage's mode {@code 'reflect'} so results match scipy sample for sample.
 */
package io.sparkdenoise.core.filter;
